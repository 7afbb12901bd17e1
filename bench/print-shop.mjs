// The print-shop owner of issue 15 in a real terminal (tmux, 80×24, LANG=nl_BE.UTF-8): a contact
// form, orders and invoicing, a newsletter through Mailchimp, a notice in Dutch and French, from
// an empty store to written files. Counts the question screens seen and the keys pressed (each
// typed character is a key). Shared by test/wizard/print-shop.test.ts and `npm run bench`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function playPrintShop({ cli, home, out, node = process.execPath }) {
  const server = `pw-printshop-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const tmux = (...args) => execFileSync('tmux', ['-L', server, ...args], { encoding: 'utf8' });
  const screen = () => tmux('capture-pane', '-p', '-J', '-t', server);
  const screens = new Set();
  let keystrokes = 0;

  async function waitFor(text, timeout = 10_000) {
    for (let waited = 0; waited < timeout; waited += 25) {
      if (screen().includes(text)) return;
      await delay(25);
    }
    throw new Error(`timed out waiting for "${text}"; screen:\n${screen()}`);
  }
  async function settled() {
    let last = screen();
    for (let quiet = 0; quiet < 60; quiet += 10) {
      await delay(10);
      const now = screen();
      if (now !== last) [last, quiet] = [now, -10];
    }
  }
  /** Keys one at a time, as a person presses them, each after the screen has caught up. */
  const press = async (...keys) => {
    for (const key of keys) {
      keystrokes++;
      tmux('send-keys', '-t', server, key);
      await settled();
    }
  };
  /** A new question: waits for its prompt and counts it as a screen. */
  async function on(prompt) {
    await waitFor(prompt);
    await settled();
    screens.add(prompt);
  }
  async function type(text) {
    keystrokes += [...text].length;
    tmux('send-keys', '-t', server, '-l', text);
    await waitFor(text);
  }
  /** Moves the cursor (❯) down to the line holding `label`, one key at a time. */
  async function moveTo(label) {
    for (let n = 0; n < 60; n++) {
      const current = screen()
        .split('\n')
        .find((line) => line.includes('❯'));
      if (current?.includes(label)) return;
      const before = screen();
      await press('Down');
      for (let waited = 0; screen() === before && waited < 2000; waited += 10) await delay(10);
    }
    throw new Error(`no "${label}" under the cursor; screen:\n${screen()}`);
  }
  const answer = async (prompt, text) => {
    await on(prompt);
    if (text) await type(text);
    await press('Enter');
  };

  tmux(
    'new-session',
    '-d',
    '-s',
    server,
    '-x',
    '80',
    '-y',
    '24',
    `env -u CI -u NO_COLOR -u FORCE_COLOR XDG_CONFIG_HOME=${home} HOME=${home} LANG=nl_BE.UTF-8 ${node} ${cli} --out ${out}`,
  );
  try {
    await answer('Wat voor onderneming hebt u?', 'druk');
    await on('In welke talen');
    await moveTo('English');
    await press('Space'); // English off
    await moveTo('Deutsch');
    await press('Space', 'Enter'); // Deutsch off: Nederlands and Français stay
    await answer('Vanaf welke datum', '2026-03-01');
    await answer('Wat is de officiële naam', 'Drukkerij Peeters BV');
    await answer('Wat is de rechtsvorm', 'BV');
    await answer('andere handelsnaam', '');
    await answer('Straat en huisnummer', 'Stationsstraat 4');
    await answer('Postcode', '2800');
    await answer('Gemeente', 'Mechelen');
    await answer('Land van', ''); // België, the default
    await answer('Ondernemingsnummer', '0879451290');
    await answer('E-mailadres voor', 'info@peeters.be');
    await answer('Telefoonnummer', '');
    await answer('Adres van uw website', '');
    await answer('in opdracht van klanten', ''); // Nee
    await answer('functionaris voor gegevensbescherming', ''); // Nee
    await on('In welke situaties');
    await moveTo('Nieuwsbrief');
    await press('Space', 'Enter'); // contact and invoicing were ticked already
    await on('Uw situaties');
    await moveTo('Klaar');
    await press('Enter');
    await on('Welke van deze diensten');
    await moveTo('Mailchimp');
    await press('Space', 'Enter');
    await on('Ontvangers');
    await moveTo('Klaar');
    await press('Enter');
    await answer('Hoe gaat u na wie', ''); // how a request is checked: the default
    await answer('Hebt u een webformulier', '');
    await answer('Neemt u over mensen besluiten', '');
    await answer('Gebruikt uw website cookies', '');
    await on('Welke beveiligingsmaatregelen');
    await press('Space', 'Enter');
    await answer('op kinderen gericht', '');
    await answer('Hoe maakt u wijzigingen', '');
    await on('Controleer uw antwoorden');
    await moveTo('Privacyverklaring opstellen');
    await press('Enter');
    await on('Welke andere documenten');
    // The last key, on "De bestanden aanmaken": the wizard writes the files and exits, taking the terminal with it.
    keystrokes++;
    tmux('send-keys', '-t', server, 'Enter');
    for (let waited = 0; waited < 15_000 && !(existsSync(out) && readdirSync(out).some((f) => f.endsWith('.fr.md'))); waited += 50)
      await delay(50);
    return { screens: screens.size, keystrokes, files: existsSync(out) ? readdirSync(out).sort() : [], prompts: [...screens] };
  } catch (error) {
    error.message += `\n(after ${screens.size} screens, ${keystrokes} keys)`;
    throw error;
  } finally {
    spawnSync('tmux', ['-L', server, 'kill-server']);
  }
}

export const PRINT_SHOP_BUDGET = { screens: 30, keystrokes: 150 };
