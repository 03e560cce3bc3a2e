import { listAvatarLooks, type AvatarGender } from '../media/presenter/index.js';

/** A presenter (a person), who can have several looks (outfits, framings). */
export interface AvatarGroup {
  id: string;
  name: string;
  gender: AvatarGender;
  default_voice_id: string;
  /** The look shown for the group as a whole. */
  cover_look_id: string;
  looks_count: number;
}

/** The presenters, each with its first look as cover (the looks are a table in src/media/presenter). */
export function listAvatarGroups(): AvatarGroup[] {
  const groups = new Map<string, AvatarGroup>();
  for (const look of listAvatarLooks()) {
    const group = groups.get(look.group_id);
    if (group) {
      group.looks_count++;
      continue;
    }
    groups.set(look.group_id, {
      id: look.group_id,
      name: look.name.replace(/\s*\(.*\)$/, ''),
      gender: look.gender,
      default_voice_id: look.default_voice_id,
      cover_look_id: look.id,
      looks_count: 1,
    });
  }
  return [...groups.values()];
}
