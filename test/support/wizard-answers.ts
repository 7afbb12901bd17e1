/** Keystroke scripts that answer the wizard's questions, shared by the in-memory and end-to-end session tests. */
import { type Driver, KEY, MemoryStore, startWizard } from './ink.js';

/** A wizard at the notice's date, the business type given by the letters typed and the four languages kept. */
export async function atStartDate(businessType = 'consult'): Promise<{ w: Driver; store: MemoryStore }> {
  const store = new MemoryStore();
  const w = startWizard({ store });
  await w.waitFor('What kind of business do you run?');
  await w.type(businessType);
  await w.press(KEY.enter);
  await w.waitFor('In which languages');
  await w.press(KEY.enter);
  await w.waitFor('From which date');
  return { w, store };
}

/** A wizard at the registered name, the first answers given key by key (the business type by the letters typed). */
export async function atLegalName(businessType = 'consult'): Promise<{ w: Driver; store: MemoryStore }> {
  const { w, store } = await atStartDate(businessType);
  await w.type('2026-04-01');
  await w.press(KEY.enter);
  await w.waitFor('registered name');
  return { w, store };
}

/** Answers the questions up to the situations, as a Namur consultant would. */
export async function answerOpening(w: Driver) {
  await w.waitFor('What kind of business do you run?');
  await w.type('consult');
  await w.press(KEY.enter);
  await w.waitFor('In which languages');
  await w.press(KEY.enter); // all four, the default
  await w.waitFor('From which date');
  await w.type('2026-04-01');
  await w.press(KEY.enter);
  await w.waitFor('registered name');
  await w.type('Lambert Conseil');
  await w.press(KEY.enter);
  await w.waitFor('legal form');
  await w.press(KEY.enter);
  await w.waitFor('another name');
  await w.press(KEY.enter);
  await w.waitFor('Street and number');
  await w.type('Rue de Fer 21');
  await w.press(KEY.enter);
  await w.waitFor('Postal code');
  await w.type('5000');
  await w.press(KEY.enter);
  await w.waitFor('City?');
  await w.type('Namur');
  await w.press(KEY.enter);
  await w.waitFor('Country of your registered office');
  await w.press(KEY.enter); // Belgium, the default
  await w.waitFor('Enterprise number');
}

export async function answerUpToSituations(w: Driver) {
  await answerOpening(w);
  await w.type('0665.123.060');
  await w.press(KEY.enter);
  await w.waitFor('Email address for privacy questions');
  await w.type('claire@lambert-conseil.be');
  await w.press(KEY.enter);
  await w.waitFor('Phone number');
  await w.press(KEY.enter);
  await w.waitFor('Website address');
  await w.press(KEY.enter);
  await w.waitFor('on behalf of clients');
  await w.press(KEY.enter); // No
  await w.waitFor('data protection officer');
  await w.press(KEY.enter); // No
  await w.waitFor('In which situations');
}

export async function answerToReview(w: Driver) {
  await w.press(KEY.enter); // the situations suggested for a consultancy
  await w.waitFor('check each one');
  await w.press(KEY.end); // the cursor starts on the first situation: Done is last
  await w.press(KEY.enter); // Done
  await w.waitFor('Which of these services do you use?');
  await w.press(KEY.enter); // (skip): none of these
  await w.waitFor('Recipients');
  await w.press(KEY.down);
  await w.press(KEY.enter); // Done, no recipients
  await w.waitFor('Do you really share personal data with no one');
  await w.press(KEY.up); // Yes
  await w.press(KEY.enter);
  await w.waitFor('How do you check who is asking');
  await w.press(KEY.enter);
  await w.waitFor('web form');
  await w.press(KEY.enter);
  await w.waitFor('automated means');
  await w.press(KEY.enter);
  await w.waitFor('cookies or similar');
  await w.press(KEY.enter);
  await w.waitFor('security measures');
  await w.press(KEY.space);
  await w.press(KEY.enter);
  await w.waitFor('aimed at children');
  await w.press(KEY.enter);
  await w.waitFor('announce changes');
  await w.press(KEY.enter);
  await w.waitFor('Review your answers');
}
