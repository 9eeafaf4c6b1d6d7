/**
 * Whether the HTML parser has gone past `element`: something follows it or one of its ancestors,
 * so its whole subtree is in the document. While a page loads, the last element parsed may still
 * be missing its end (a job card without its company yet).
 */
export function parsedPast(element: Element): boolean {
  for (let n: Node | null = element; n !== null && n.nodeName !== 'BODY' && n.nodeName !== 'HTML'; n = n.parentNode)
    if (n.nextSibling !== null) return true;
  return false;
}
