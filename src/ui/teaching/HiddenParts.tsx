import { useEffect } from 'react';
import { hiddenNames } from '../../params/hide';
import { useViewOptions } from './viewOptions';

/**
 * Hides the page parts and panels a link hid (`hide=export,timeline,mapping`): their names go on the root element's
 * `data-hide`, which hidden.css reads (the page's CSP allows no inline style sheets).
 */
export function HiddenParts() {
  const { hide } = useViewOptions();
  const names = hiddenNames(hide);
  useEffect(() => {
    const root = document.documentElement;
    if (names) root.setAttribute('data-hide', names);
    else root.removeAttribute('data-hide');
  }, [names]);
  return null;
}
