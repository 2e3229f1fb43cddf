/**
 * The look of the printed record and the downloaded file: one stylesheet for both, as plain
 * text, because it is installed in two ways (a constructed stylesheet in the print frame, a
 * `<style>` element in the file).
 *
 * Nothing here limits height or hides overflow: the record runs over as many pages as the
 * conversation needs, and long addresses wrap instead of running off the paper.
 */
export const transcriptDocumentCss = `
@page {
  margin: 1.5cm;
}

*,
*::before,
*::after {
  box-sizing: border-box;
}

html {
  font-family: system-ui, -apple-system, 'Segoe UI', sans-serif;
  font-size: medium;
  line-height: 1.5;
  color: #0b0c0c;
  background: #ffffff;
}

body {
  max-inline-size: 45em;
  margin: 0 auto;
  padding: 1em;
}

h1 {
  margin: 0 0 0.5em;
  font-size: 1.5em;
  line-height: 1.25;
}

h2 {
  margin: 1em 0 0.5em;
  font-size: 1.125em;
}

.details {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 0.125em 1em;
  margin: 0;
}

.details div {
  display: contents;
}

.details dt {
  font-weight: 700;
}

.details dd {
  margin: 0;
  overflow-wrap: anywhere;
}

.messages {
  margin: 0;
  padding: 0;
  list-style: none;
}

.message,
.notice {
  padding-block: 0.5em;
  border-block-end: 0.0625em solid #b1b4b6;
  break-inside: avoid;
}

.meta {
  margin: 0;
  font-size: 0.875em;
}

.sender {
  font-weight: 700;
}

time {
  color: #505a5f;
}

.text {
  margin: 0;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  unicode-bidi: plaintext;
}

.status {
  margin: 0;
  font-weight: 700;
}

.notice p {
  margin: 0;
  font-style: italic;
}

a {
  color: #1d4f91;
}

.address {
  overflow-wrap: anywhere;
}

@media print {
  html {
    font-size: 11pt;
  }

  body {
    max-inline-size: none;
    padding: 0;
  }

  a {
    color: inherit;
  }
}
`;
