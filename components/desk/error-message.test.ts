import { describe, expect, it } from 'vitest';
import { errorLines } from './error-message';

describe('errorLines', () => {
  it('does not repeat a one-problem sentence as a bullet (a publish time in the past)', () => {
    const message = "This article isn't ready to be scheduled: Choose a publish time in the future.";
    expect(errorLines({ message, problems: ['Choose a publish time in the future'] })).toEqual({ message, problems: [] });
  });

  it('turns a sentence listing several problems into its lead-in and the list', () => {
    const message = "This article isn't ready to be approved: Add a headline; Choose a section.";
    expect(errorLines({ message, problems: ['Add a headline', 'Choose a section'] })).toEqual({
      message: "This article isn't ready to be approved:",
      problems: ['Add a headline', 'Choose a section'],
    });
  });

  it('keeps problems the sentence does not name', () => {
    const message = 'Say what needs to change: a comment is required.';
    expect(errorLines({ message, problems: ['Add a comment'] })).toEqual({ message, problems: ['Add a comment'] });
  });
});
