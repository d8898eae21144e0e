export { codementorAi, codementorAiInput } from './codementor-ai.js';
export { codeRunner, codeRunnerInput } from './code-runner.js';
export { mentorMarketplace, mentorMarketplaceInput } from './mentor-marketplace.js';
export { codetrain, codetrainInput } from './codetrain.js';
export { codingIde, codingIdeInput } from './coding-ide.js';
export { seedManifests, type SeedManifest } from './seeds.js';
