/**
 * Colours for the digest email. Light values go inline (every client reads inline
 * styles); the dark ones are applied by a `prefers-color-scheme` block for the clients
 * that honour it (Apple Mail, Outlook.com, Thunderbird), while Gmail's apps invert the
 * light palette themselves, which is why it keeps plain, high-contrast colours.
 */
export const theme = {
  background: "#ffffff",
  text: "#111418",
  muted: "#4b5563",
  accent: "#1d4ed8",
  card: "#f7f8fa",
  border: "#e3e6eb",
  font: "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif",
};

export const darkModeCss = `
:root{color-scheme:light dark;supported-color-schemes:light dark}
@media (prefers-color-scheme:dark){
.dp-body,.dp-body>table>tbody>tr>td,.dp-page{background:#0b0d12!important;color:#e8eaee!important}
.dp-card{background:#151922!important;border-color:#262c38!important}
.dp-text{color:#e8eaee!important}
.dp-muted{color:#a0a8b6!important}
.dp-link,.dp-footer a{color:#8ab4ff!important}
.dp-footer p{color:#a0a8b6!important}
}`;
