import { describe, expect, it } from 'vitest';
import { classroomLink, toggled } from './linkBuilder';
import { parseQuery } from '../../params/url';
import { gaussian1dSchema } from '../../experiments/gaussian1d/schema';

describe('the classroom link builder', () => {
  it('writes hide, autoplay and presenter into the current link and keeps everything else', () => {
    const href = 'https://example.org/gan/?experiment=gaussian1d&preset=saturating&seed=3&hide=lrG&lesson=dStar';
    const link = classroomLink(href, {
      hide: { all: false, keys: ['k'], groups: ['networks'], parts: ['export', 'timeline'], panels: ['mapping'] },
      autoplay: true,
      presenter: true,
    });
    expect(link.startsWith('https://example.org/gan/?')).toBe(true);
    const q = new URL(link).searchParams;
    expect(q.get('hide')).toBe('networks,k,export,timeline,mapping');
    expect(q.get('preset')).toBe('saturating');
    expect(q.get('lesson')).toBe('dStar');
    expect(q.get('autoplay')).toBe('1');
    const back = parseQuery(gaussian1dSchema, new URL(link).search);
    expect(back.notices).toEqual([]);
    expect(back.hide.parts).toEqual(['export', 'timeline']);
    expect(back.presenter).toBe(true);
    // nothing ticked: the keys go
    const plain = new URL(classroomLink(link, { hide: { all: false, keys: [] }, autoplay: false, presenter: false })).searchParams;
    expect(['hide', 'autoplay', 'presenter'].map((k) => plain.get(k))).toEqual([null, null, null]);
  });

  it('toggles list items', () => {
    expect(toggled(undefined, 'a', true)).toEqual(['a']);
    expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggled(['a'], 'a', true)).toEqual(['a']);
  });
});
