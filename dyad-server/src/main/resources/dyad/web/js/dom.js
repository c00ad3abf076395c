// Building DOM nodes from data. Text always goes in as text nodes, never as markup, so that
// scraped article text cannot inject elements or scripts.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Creates an HTML element. attrs: attributes (null/undefined/false are skipped; "class" and
 * "on*" handled), children: nodes or values shown as text.
 */
export function el(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** Creates an SVG element, the same way as {@link el}. */
export function svg(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

function fill(node, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) {
      continue;
    }
    if (k.startsWith('on') && typeof v === 'function') {
      node.addEventListener(k.slice(2), v);
    } else {
      node.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(node, children);
  return node;
}

/** Appends children: nodes as they are, arrays flattened, other values as text; null skipped. */
export function append(node, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) {
      continue;
    }
    if (Array.isArray(c)) {
      append(node, c);
    } else if (c instanceof Node) {
      node.appendChild(c);
    } else {
      node.appendChild(document.createTextNode(String(c)));
    }
  }
  return node;
}

/** Removes every child of node, then appends the given children. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** An SVG <title>: the browser's tooltip for a shape. */
export function tooltip(text) {
  return svg('title', null, text);
}

/** Shows a notice paragraph with the message, or hides it when message is empty. */
export function notice(node, message, isError = false) {
  node.hidden = !message;
  node.classList.toggle('error', Boolean(isError));
  node.textContent = message || '';
}

/** Reads a form's named fields as an object of trimmed strings (empty ones left out). */
export function formValues(form) {
  const out = {};
  for (const [k, v] of new FormData(form).entries()) {
    const s = String(v).trim();
    if (s) {
      out[k] = s;
    }
  }
  return out;
}

/** Sets a form's named fields from an object; fields not in it are left alone. */
export function setForm(form, values) {
  for (const [k, v] of Object.entries(values)) {
    const field = form.elements.namedItem(k);
    if (field) {
      field.value = v ?? '';
    }
  }
}

/**
 * Wires a view's previous and next buttons: each moves view.offset by a page (never below 0)
 * and calls view.load().
 */
export function pageButtons(view, prev, next, page) {
  prev.addEventListener('click', () => {
    view.offset = Math.max(0, view.offset - page);
    view.load();
  });
  next.addEventListener('click', () => {
    view.offset += page;
    view.load();
  });
}

/**
 * Makes a view load when its form is submitted, and the first time it is shown (view.show()).
 */
export function loadOnSubmitAndShow(view, form) {
  view.loaded = false;
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    view.load();
  });
  view.show = () => {
    if (!view.loaded) {
      view.loaded = true;
      view.load();
    }
  };
}
