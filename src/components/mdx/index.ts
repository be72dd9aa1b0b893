import Case from './Case.astro';
import Example from './Example.astro';
import Note from './Note.astro';
import Reveal from './Reveal.astro';
import Teacher from './Teacher.astro';
import Term from './Term.astro';
import WidgetSlot from './WidgetSlot.astro';

/** Components every chapter and lab may use without importing them. */
export const mdxComponents = { Case, Example, Note, Reveal, Teacher, Term, WidgetSlot };
