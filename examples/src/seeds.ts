import type { PrivacyManifest } from '@priv/schema';
import { codeRunner } from './code-runner.js';
import { codementorAi } from './codementor-ai.js';
import { codetrain } from './codetrain.js';
import { codingIde } from './coding-ide.js';
import { mentorMarketplace } from './mentor-marketplace.js';

/** A seed policy: its file under shared/seeds, a short id, a title and its manifest. */
export interface SeedManifest {
  readonly id: '000' | '001' | '002' | '003' | '004';
  readonly file: string;
  readonly title: string;
  readonly manifest: PrivacyManifest;
}

/** The five seed policies as manifests, in the order of shared/seeds/README.md. */
export const seedManifests: readonly SeedManifest[] = [
  { id: '000', file: '000_510a9834e8c8c32a.txt', title: 'CodeMentor AI (AI Python tutor)', manifest: codementorAi },
  { id: '001', file: '001_05e7649d7c9b15e1.txt', title: 'Code-running lesson platform (Judge0)', manifest: codeRunner },
  { id: '002', file: '002_19ee951da47c23bc.txt', title: 'Mentor marketplace', manifest: mentorMarketplace },
  { id: '003', file: '003_8cc7c5e6209e6f0c.txt', title: 'CodeTrain (AI coding tutor)', manifest: codetrain },
  { id: '004', file: '004_4086114b85e7a8e3.txt', title: 'Coding IDE with credits', manifest: codingIde },
];
