/**
 * The key events of the Tokyo-office story, from Abe's 2007 address to the North Atlantic Council
 * to the 2025 shelving. Data, not prose: every event is taken from the project's research brief
 * (shared/reference/domain-facts.md): from its timeline (section 4) or, where a row there bundles
 * several events or the event is only in a table of section 3 (China's objections, 3.9), from the
 * row of section 3 that gives it alone. Its title is written in our own words, and `source` is that
 * row's source column copied exactly (with the brief's address where it gives one). Dates are as
 * precise as the brief knows them: a day, a month, or a span of days.
 *
 * `evidence` grades the event as the brief grades its row (A official, B named official,
 * C anonymous, D inference); a row the brief leaves ungraded takes the grade of what it reports (an
 * official act or text, such as a summit, an accession or a signed programme, is `official`).
 */
import type { EventDate } from './eventDate';
import type { Evidence } from './model';

export { eventInstant, formatEventDate, type EventDate } from './eventDate';

/**
 * What an event is about. `outside` is a non-member's view (China's objections): pressure from
 * outside the Council, not a stance at the table; the timeline marks it apart and says so.
 */
export type EventKind = 'japan' | 'dispute' | 'membership' | 'summit' | 'outside';

export interface TimelineEvent {
  readonly id: string;
  readonly date: EventDate;
  /** Last day of a span (a summit over several days), same precision as `date`. */
  readonly end?: EventDate;
  /** A short title in our own words (fits a label on a projected axis). */
  readonly title: string;
  /** The same title in French, our own words too (beside the English, so none can be missing). */
  readonly titleFr: string;
  readonly kind: EventKind;
  /** The brief's source column, exactly as given there. */
  readonly source: string;
  /** How strong the evidence for the event is (see the header). */
  readonly evidence: Evidence;
  /**
   * The address the brief (or a shipped scenario file) gives for that source, when it gives one;
   * where the brief writes it without a scheme, `https://` is put in front so it can be a link.
   */
  readonly url?: string;
}

export const TIMELINE_EVENTS: readonly TimelineEvent[] = [
  {
    id: 'abe-nac-2007',
    date: '2007-01-12',
    title: 'Abe addresses the NAC, a first for a Japanese PM',
    titleFr: 'Abe devant le CAN\u00a0: une première pour le Japon',
    kind: 'japan',
    source: 'nato.int s070112b',
    url: 'https://nato.int/docu/speech/2007/s070112b.html',
    evidence: 'official',
  },
  {
    id: 'joint-declaration-2013',
    date: '2013-04-15',
    title: 'NATO–Japan Joint Political Declaration',
    titleFr: 'Déclaration politique conjointe OTAN–Japon',
    kind: 'japan',
    source: 'kantei.go.jp',
    evidence: 'official',
  },
  {
    id: 'abe-nac-2014',
    date: '2014-05-06',
    title: "Abe's second NAC address; partnership programme signed",
    titleFr: 'Second discours d’Abe au CAN\u00a0; programme de partenariat signé',
    kind: 'japan',
    source: 'nato.int opinions_109505',
    evidence: 'official',
  },
  {
    id: 'mission-2018',
    date: '2018-05-24',
    title: "Japan's embassy in Belgium becomes its NATO mission",
    titleFr: 'Le Japon confie sa mission OTAN à son ambassade en Belgique',
    kind: 'japan',
    source: 'diplomatmagazine.eu',
    evidence: 'official',
  },
  {
    id: 'madrid-2022',
    date: '2022-06-28',
    end: '2022-06-30',
    title: 'Madrid summit: first Japanese PM at a NATO summit',
    titleFr: 'Sommet de Madrid\u00a0: un Premier ministre japonais, une première',
    kind: 'summit',
    source: 'seeds 000, 002',
    evidence: 'official',
  },
  {
    id: 'strategic-concept-2022',
    date: '2022-06-28',
    end: '2022-06-30',
    title: 'Strategic Concept names China, for the first time',
    titleFr: 'Le Concept stratégique nomme la Chine, pour la première fois',
    kind: 'summit',
    source: 'seeds 000, 002',
    evidence: 'official',
  },
  {
    id: 'kishida-stoltenberg-2023',
    date: '2023-01-31',
    title: 'Kishida–Stoltenberg in Tokyo; office idea reportedly raised',
    titleFr: 'Kishida–Stoltenberg à Tokyo\u00a0; le bureau aurait été évoqué',
    kind: 'japan',
    source: 'nato.int opinions_211294',
    evidence: 'official',
  },
  {
    id: 'finland-2023',
    date: '2023-04-04',
    title: 'Finland joins: 31 allies',
    titleFr: 'La Finlande adhère\u00a0: 31 alliés',
    kind: 'membership',
    source: 'The National; nato.int',
    evidence: 'official',
  },
  {
    id: 'draft-2023',
    date: '2023-04',
    title: 'Draft proposal for a Tokyo office sent to the allies',
    titleFr: 'Projet de bureau à Tokyo transmis aux alliés',
    kind: 'dispute',
    source: 'Nikkei 3 May 2023',
    url: 'https://asia.nikkei.com/Politics/International-relations/Indo-Pacific/NATO-to-open-Japan-office-deepening-Indo-Pacific-engagement',
    evidence: 'anonymous',
  },
  {
    id: 'nikkei-2023',
    date: '2023-05-03',
    title: 'Nikkei Asia makes the plan public',
    titleFr: 'Nikkei Asia rend le projet public',
    kind: 'dispute',
    source: 'Nikkei via copies',
    url: 'https://asia.nikkei.com/Politics/International-relations/Indo-Pacific/NATO-to-open-Japan-office-deepening-Indo-Pacific-engagement',
    evidence: 'anonymous',
  },
  {
    id: 'china-2023-05-04',
    date: '2023-05-04',
    title: 'China: NATO\'s push into Asia calls for "high vigilance"',
    titleFr: 'Chine\u00a0: l’OTAN en Asie appelle une «\u00a0haute vigilance\u00a0» (trad.)',
    kind: 'outside',
    source: 'Reuters via Straits Times, TRT',
    evidence: 'official',
  },
  {
    id: 'japan-confirms-2023',
    date: '2023-05-09',
    end: '2023-05-10',
    title: "Japan's ambassador and foreign minister confirm talks",
    titleFr: 'L’ambassadeur et le ministre japonais confirment les discussions',
    kind: 'japan',
    source: 'Yomiuri; CNN',
    evidence: 'named-official',
  },
  {
    id: 'china-2023-05-12',
    date: '2023-05-12',
    title: 'China: the world is watching if Japan leads NATO into Asia',
    titleFr: 'Chine\u00a0: le monde observe si le Japon mène l’OTAN en Asie',
    kind: 'outside',
    source: 'Straits Times op-ed 16 May 2023',
    evidence: 'official',
  },
  {
    id: 'china-2023-05-24',
    date: '2023-05-24',
    title: 'China: the Asia-Pacific does not welcome bloc confrontation',
    titleFr: 'Chine\u00a0: l’Asie-Pacifique ne veut pas d’affrontement des blocs',
    kind: 'outside',
    source: 'Republic World; Reuters',
    evidence: 'official',
  },
  {
    id: 'macron-2023-05-31',
    date: '2023-05-31',
    title: 'Macron: widening NATO "a big mistake" (likely at GLOBSEC)',
    titleFr: 'Macron (au GLOBSEC\u00a0?)\u00a0: étendre l’OTAN, «\u00a0une grosse erreur\u00a0» (trad.)',
    kind: 'dispute',
    source: 'globsec.org; FT',
    evidence: 'named-official',
  },
  {
    id: 'ft-macron-2023',
    date: '2023-06-05',
    title: 'FT: Macron objects to the office',
    titleFr: 'FT\u00a0: Macron s’oppose au bureau',
    kind: 'dispute',
    source: 'FT via Jiji',
    url: 'https://japannews.yomiuri.co.jp/politics/politics-government/20230606-114527',
    evidence: 'anonymous',
  },
  {
    id: 'china-2023-06-06',
    date: '2023-06-06',
    title: 'China: Asia lies beyond the North Atlantic',
    titleFr: 'Chine\u00a0: l’Asie n’est pas dans l’Atlantique Nord',
    kind: 'outside',
    source: 'Kyodo via Guardian (seed 001), thetrumpet.com, m5dergi',
    url: 'https://www.theguardian.com/world/2023/jun/07/france-opposed-to-opening-of-nato-liaison-office-in-japan-official-says',
    evidence: 'official',
  },
  {
    id: 'vilnius-2023',
    date: '2023-07-11',
    title: 'Vilnius communiqué adopted without the office sentence',
    titleFr: 'Communiqué de Vilnius adopté sans la phrase sur le bureau',
    kind: 'summit',
    source: 'Nikkei Asia',
    url: 'https://asia.nikkei.com/Politics/International-relations/Indo-Pacific/NATO-removes-Tokyo-office-mention-from-joint-communique',
    evidence: 'anonymous',
  },
  {
    id: 'on-the-table-2023',
    date: '2023-07-12',
    title: 'Stoltenberg: the office is "still on the table"',
    titleFr: 'Stoltenberg\u00a0: le bureau est «\u00a0toujours sur la table\u00a0» (trad.)',
    kind: 'dispute',
    source: 'Reuters; nato.int',
    url: 'https://www.reuters.com/world/europe/issue-nato-japan-office-still-table-stoltenberg-2023-07-12/',
    evidence: 'official',
  },
  {
    id: 'itpp-2023',
    date: '2023-07-12',
    title: 'NATO–Japan partnership programme (ITPP) signed',
    titleFr: 'Programme de partenariat OTAN–Japon (ITPP) signé',
    kind: 'japan',
    source: 'nato.int; Kyodo via espreso.tv',
    evidence: 'official',
  },
  {
    id: 'sadf-2023',
    date: '2023-09-14',
    title: 'Analysis: Germany apparently backed the French objection',
    titleFr: 'Analyse\u00a0: l’Allemagne aurait soutenu l’objection française',
    kind: 'dispute',
    source: 'seed 002',
    url: 'https://sadf.eu/comment-258-prospects-for-nato-japan-relations/',
    evidence: 'inference',
  },
  {
    id: 'sweden-2024',
    date: '2024-03-07',
    title: 'Sweden joins: 32 allies',
    titleFr: 'La Suède adhère\u00a0: 32 alliés',
    kind: 'membership',
    source: 'Swedish Government',
    evidence: 'official',
  },
  {
    id: 'washington-2024',
    date: '2024-07-09',
    end: '2024-07-11',
    title: 'Washington summit: Sweden backs the office',
    titleFr: 'Sommet de Washington\u00a0: la Suède soutient le bureau',
    kind: 'summit',
    source: 'The Local; Reuters/swissinfo; zawya; kantei',
    url: 'https://cms.thelocal.com/?p=787843',
    evidence: 'named-official',
  },
  {
    id: 'japan-mission-2025',
    date: '2025-01-15',
    title: 'Japan opens its own permanent mission to NATO',
    titleFr: 'Le Japon ouvre sa propre mission permanente auprès de l’OTAN',
    kind: 'japan',
    source: 'MOFA via press',
    evidence: 'official',
  },
  {
    id: 'shangri-la-2025',
    date: '2025-05-30',
    title: 'Macron hints France could revisit its objection',
    titleFr: 'Macron suggère que la France pourrait revoir son objection',
    kind: 'dispute',
    source: 'Politico; Straits Times',
    evidence: 'named-official',
  },
  {
    id: 'hague-2025',
    date: '2025-06-24',
    end: '2025-06-25',
    title: 'Hague summit: office not under discussion, plan shelved',
    titleFr: 'Sommet de La Haye\u00a0: bureau hors discussion, projet mis de côté',
    kind: 'summit',
    source: 'Reuters; Jiji/nippon.com',
    url: 'https://nippon.com/en/news/yjj2025062500291/',
    evidence: 'anonymous',
  },
];
