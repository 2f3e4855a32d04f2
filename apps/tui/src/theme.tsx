import { Text, type TextProps } from "ink";
import { createContext, type ReactNode, useContext } from "react";

/** Whether to use colours: off with NO_COLOR (https://no-color.org); bold and inverse stay. */
export const ColorContext = createContext(true);

const palette = {
  heading: "cyan",
  unread: "yellow",
  star: "yellow",
  dim: "gray",
  error: "red",
  accent: "green",
} as const;

export type Tone = keyof typeof palette;

/** Text in one of the browser's tones; plain (bold/dim kept) when colours are off. */
export function Styled(props: TextProps & { tone?: Tone; children?: ReactNode }) {
  const color = useContext(ColorContext);
  const { tone, ...rest } = props;
  return <Text {...rest} color={color && tone ? palette[tone] : undefined} />;
}
