import Link from "next/link";

/** On every page: the site name, day navigation, search, and the subscribe call. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <p className="site-header__subscribe">
        Get trending papers in your email inbox! <Link href="/subscribe">Subscribe</Link>
      </p>
      <div className="container site-header__bar">
        <Link href="/" className="site-header__name">
          Daily Papers
        </Link>
        <nav aria-label="Browse" className="site-header__nav">
          <Link href="/">Latest day</Link>
          <Link href="/papers/week">Latest week</Link>
          <Link href="/papers/month">Latest month</Link>
        </nav>
        <form action="/search" method="get" role="search" className="site-header__search">
          <label htmlFor="site-search" className="visually-hidden">
            Search papers
          </label>
          <input id="site-search" name="q" type="search" placeholder="Search papers, authors…" maxLength={500} />
        </form>
      </div>
    </header>
  );
}
