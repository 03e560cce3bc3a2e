/** A look for the video: palette, fonts, caption style. Brand kits (later) override parts of it. */
export interface Style {
  style_id: string;
  name: string;
  tags: string[];
  palette: {
    background: string;
    /** Second stop of the background gradient. */
    backgroundAlt: string;
    surface: string;
    text: string;
    mutedText: string;
    accent: string;
  };
  fonts: {
    /** Font family names registered from the bundled TTFs. */
    heading: string;
    body: string;
  };
  captions: {
    /** Caption text colour and the colour of the word being spoken. */
    text: string;
    highlight: string;
    /** Box behind the caption line, with alpha (e.g. "#000000aa"), or null for an outline only. */
    box: string | null;
    /** Upper-case the caption text. */
    uppercase: boolean;
  };
}
