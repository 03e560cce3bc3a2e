export { AGENT_LANGUAGES, languageName, messageLanguage, textLanguage, voiceLanguageTag, type AgentLanguage } from './agent-languages.js';
export { AGENT_MESSAGES, type AgentMessages } from './agent-messages.js';
export { asciiDigits, parseInstruction, type Instruction } from './parse-instruction.js';
export { quotedScript, type QuotedScript } from './quoted-script.js';
export { headingFromSentence, SCRIPT_LABEL, scriptSentences } from './script-sentences.js';
export { FEEDBACK_MESSAGES, type FeedbackMessages } from './feedback-messages.js';
export { englishFeedback } from './feedback-phrases.js';
