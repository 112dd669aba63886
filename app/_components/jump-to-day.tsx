/** A plain GET form, so jumping to any day works without JavaScript. */
export function JumpToDay({ value }: { value?: string }) {
  return (
    <form action="/papers/date" method="get" className="jump-to-day">
      <label htmlFor="jump-date">Go to day</label>
      <input id="jump-date" name="date" type="date" defaultValue={value} required />
      <button type="submit">Go</button>
    </form>
  );
}
