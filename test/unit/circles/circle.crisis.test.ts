import { crisisSupport, suggestsCrisis } from '../../../services/circles/circle.crisis';

describe('crisis detection', () => {
  it.each([
    ['I keep thinking about suicide'],
    ['Feeling suicidal tonight'],
    ['I want to kill myself'],
    ['I just want to die'],
    ['I don’t want to be alive anymore'],
    ['I do not want to wake up tomorrow'],
    ['Some days I think about ending it all'],
    ['There is no reason to live'],
    ['Everyone would be better off without me'],
    ['I cannot go on like this'],
    ['I started self-harming again'],
    ['thinking of self harm'],
    ['I cut myself last night'],
    ['I hurt myself again'],
    ['I wish I was dead'],
    ['Thought about an overdose'],
    ['I WANT TO END MY LIFE'],
  ])('notices %p', (text) => {
    expect(suggestsCrisis(text)).toBe(true);
  });

  it.each([
    ['A hard day, but the tears helped'],
    ['I killed it at the presentation today'],
    ['This song is to die for'],
    ['My plant died and I cried about it'],
    ['Dying to hear how your week went'],
    ['Feeling myself again after the session'],
    ['Cut my hair, feel lighter'],
    [''],
    [null],
    [undefined],
  ])('lets %p be', (text) => {
    expect(suggestsCrisis(text)).toBe(false);
  });

  it('offers the session safety resources of the member\u2019s country, saying the post went through', () => {
    const support = crisisSupport('check-in', 'DE');

    expect(support.resources.country).toBe('DE');
    expect(support.resources.crisisLine.name).toBe('TelefonSeelsorge');
    expect(support.message).toMatch(/Your check-in is posted/);
    expect(crisisSupport('reply', null).message).toMatch(/Your reply is posted/);
  });
});
