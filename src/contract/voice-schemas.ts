import Type from 'typebox';

export const VoiceSchema = Type.Object({
  voice_id: Type.String(),
  name: Type.String(),
  language: Type.String(),
  gender: Type.String(),
  preview_audio_url: Type.String(),
  support_pause: Type.Boolean(),
  support_locale: Type.Boolean(),
  type: Type.String(),
});
