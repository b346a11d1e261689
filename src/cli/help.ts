/**
 * The command line's help, in each language it speaks (the option and command names, and the
 * values they take, are the same in both). Kept as whole texts rather than catalog messages:
 * they are read in a terminal, never on the page, and their <placeholders> would read as tags
 * to the ICU parser. French typography: a no-break space (\u00a0) before : and ;.
 */
import type { Language } from '../words/intl';

export const HELP: Record<Language, string> = {
  en: `nac: the North Atlantic Council consensus simulator, on the command line

Usage: npm run nac -- <command> [options]

Commands:
  validate <file|dir>...         Check scenario files; prints file:line:column: message per problem
  evaluate <scenario> [options]  The outcome: passes, blocked or pending, and why
  power <scenario> [options]     A-priori power indices of every ally under a rule
  link <scenario> [options]      The share link for that table

<scenario> is a scenario file, or the id of a shipped scenario (e.g. vilnius-2023).

Options:
  --rule ID        Decision rule: consensus, unanimity, majority, two-thirds, qmv, weighted,
                   weighted-population, veto-players, or a rule the scenario defines
  --set CHANGES    Positions to change, e.g. FR=support,DE=object,HU=undecided@0.2
                   (support|undecided|object or s|u|o; @p sets the chance of consent)
  --json           Machine-readable output (evaluate, power)
  --base URL       Base address for link (default http://localhost:5173/)
  --lang en|fr     Language of the text output (default en); link opens in it. --json stays as is
  -h, --help       This help

Exit codes: 0 ok, 1 invalid input, 2 usage.

Examples:
  npm run nac -- validate scenarios
  npm run nac -- evaluate scenarios/2023-07-vilnius.yaml --json
  npm run nac -- evaluate vilnius-2023 --set FR=support --rule qmv
  npm run nac -- power washington-2024 --rule qmv
  npm run nac -- link vilnius-2023 --set FR=support
  npm run nac -- evaluate vilnius-2023 --lang fr
`,
  fr: `nac\u00a0: le simulateur du consensus du Conseil de l’Atlantique Nord, en ligne de commande

Usage\u00a0: npm run nac -- <commande> [options]

Commandes\u00a0:
  validate <fichier|dossier>...  Vérifie des fichiers de scénario\u00a0; écrit fichier:ligne:colonne: message par problème
  evaluate <scénario> [options]  L’issue\u00a0: adoptée, bloquée ou en attente, et pourquoi
  power <scénario> [options]     Les indices de pouvoir a priori de chaque allié sous une règle
  link <scénario> [options]      Le lien de partage de cette table

<scénario> est un fichier de scénario, ou l’identifiant d’un scénario fourni (p. ex. vilnius-2023).

Options\u00a0:
  --rule ID        Règle de décision\u00a0: consensus, unanimity, majority, two-thirds, qmv, weighted,
                   weighted-population, veto-players, ou une règle que le scénario définit
  --set CHANGES    Positions à changer, p. ex. FR=support,DE=object,HU=undecided@0.2
                   (support|undecided|object ou s|u|o\u00a0; @p fixe la probabilité de consentement)
  --json           Sortie lisible par machine (evaluate, power), la même dans toutes les langues
  --base URL       Adresse de base du lien (par défaut http://localhost:5173/)
  --lang en|fr     Langue de la sortie texte (par défaut en)\u00a0; le lien s’ouvre dans cette langue
  -h, --help       Cette aide

Codes de sortie\u00a0: 0 succès, 1 entrée invalide, 2 usage.

Exemples\u00a0:
  npm run nac -- validate scenarios
  npm run nac -- evaluate scenarios/2023-07-vilnius.yaml --json
  npm run nac -- evaluate vilnius-2023 --set FR=support --rule qmv --lang fr
  npm run nac -- power washington-2024 --rule qmv --lang fr
  npm run nac -- link vilnius-2023 --set FR=support --lang fr`,
};
