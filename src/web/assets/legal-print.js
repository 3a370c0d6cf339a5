// The "In văn bản" button of a legal document's page: shown only when this script runs, since
// only a script can open the print dialog (the print stylesheet is in legal.css).
const button = document.querySelector('.legal-print[data-print]');
if (button && typeof window.print === 'function') {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
