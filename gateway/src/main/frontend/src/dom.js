// A few DOM helpers, so that the page is built from data without innerHTML.

/** An element with attributes (properties for on* handlers) and children (nodes or text). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  element.append(...children.flat().filter((c) => c !== undefined && c !== null));
  return element;
}

export const byId = (id) => document.getElementById(id);

/** Shows or clears a panel's status line (a polite live region). */
export function status(id, text, isError = false) {
  const element = byId(id);
  element.textContent = text ?? '';
  element.classList.toggle('error', isError);
}
