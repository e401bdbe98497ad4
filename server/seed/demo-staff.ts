import type { Role } from '../auth/permissions';

/** One password for every demo account; README lists the accounts. Change them before real use. */
export const DEMO_PASSWORD = 'masthead-demo';

export const demoStaff: { name: string; email: string; role: Role; jobTitle: string; bio: string }[] = [
  {
    name: 'Alex Morgan',
    email: 'admin@example.com',
    role: 'ADMIN',
    jobTitle: 'Managing editor',
    bio: 'Runs the newsroom desk and its people.',
  },
  {
    name: 'Dana Petrenko',
    email: 'editor@example.com',
    role: 'EDITOR',
    jobTitle: 'News editor',
    bio: 'Edits the world and politics desks.',
  },
  {
    name: 'Olha Hlushchenko',
    email: 'olha@example.com',
    role: 'JOURNALIST',
    jobTitle: 'Reporter',
    bio: 'Reports on defence and international affairs.',
  },
  {
    name: 'Sam Rivera',
    email: 'sam@example.com',
    role: 'JOURNALIST',
    jobTitle: 'Reporter',
    bio: 'Covers the economy and energy.',
  },
];

export const demoSections = [
  { name: 'World', description: 'International news and analysis.' },
  { name: 'Politics', description: 'Government, parliament and elections.' },
  { name: 'Economy', description: 'Markets, business and energy.' },
  { name: 'Culture', description: 'Books, film, music and ideas.' },
  { name: 'Opinion', description: 'Columns and commentary.' },
];

export const demoTags = ['Russia', 'China', 'ISW', 'Defence', 'Ukraine', 'Elections', 'Energy', 'City', 'Transport', 'Weather', 'Books', 'Film'];
