import { Box, Text } from "ink";
import { memo } from "react";
import { ACTIONS, type Action, type Keymap, showKey } from "./keys.js";
import type { ListLine } from "./lines.js";
import type { ReaderLine } from "./reader.js";
import type { ItemSummary } from "./source.js";
import { fit, oneLine, width } from "./text.js";
import { Styled, type Tone } from "./theme.js";

/** Columns of a list row: marks, date, category or site; the headline takes the rest. */
export function rowColumns(columns: number) {
  const label = Math.max(8, Math.min(22, Math.floor(columns * 0.2)));
  return { marks: 2, date: 10, label, title: Math.max(4, columns - 2 - 1 - 10 - 2 - label - 2) };
}

// memoised: moving the selection re-renders two rows, not the screen
const ListRow = memo(function ListRow({
  item,
  selected,
  columns,
}: {
  item: ItemSummary;
  selected: boolean;
  columns: number;
}) {
  const c = rowColumns(columns);
  const headline = item.title ? oneLine(item.title) : oneLine(item.opening);
  return (
    <Text inverse={selected} wrap="truncate">
      <Styled tone="unread">{item.read ? " " : "•"}</Styled>
      <Styled tone="star">{item.starred ? "★" : " "}</Styled> {fit(item.date?.slice(0, 10) ?? "", c.date)}
      {"  "}
      <Styled tone="dim">{fit(oneLine(item.category ?? item.site ?? ""), c.label)}</Styled>
      {"  "}
      <Text italic={!item.title}>{fit(headline, c.title)}</Text>
    </Text>
  );
});

/** The visible window of the list: only the lines that fit are rendered. */
export function ListView(props: {
  items: readonly ItemSummary[];
  lines: readonly ListLine[];
  top: number;
  selected: number;
  height: number;
  columns: number;
}) {
  const visible = props.lines.slice(props.top, props.top + props.height);
  return (
    <Box flexDirection="column" height={props.height} width={props.columns}>
      {visible.map((line, i) => {
        if (line.kind === "day")
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a heading's line number in the whole list is its identity
            <Styled key={`d${props.top + i}`} tone="heading" bold wrap="truncate">
              {fit(line.label, props.columns)}
            </Styled>
          );
        const item = props.items[line.index];
        return item ? (
          <ListRow
            key={item.id}
            item={item}
            selected={line.index === props.selected}
            columns={props.columns}
          />
        ) : null;
      })}
    </Box>
  );
}

/** The reading view: the item's lines from `top`, as many as fit. */
export function ReaderView(props: {
  lines: readonly ReaderLine[];
  top: number;
  height: number;
  columns: number;
}) {
  const visible = props.lines.slice(props.top, props.top + props.height);
  return (
    <Box flexDirection="column" height={props.height} width={props.columns} paddingLeft={1}>
      {visible.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a line's number in the item is its identity
        <Styled key={props.top + i} tone={line.tone} bold={line.bold} wrap="truncate">
          {line.text === "" ? " " : line.text}
        </Styled>
      ))}
    </Box>
  );
}

/** One line at the bottom: where you are, what is shown, and a message. */
export function StatusLine(props: { left: string; right: string; columns: number; tone?: Tone }) {
  const right = props.right ? ` ${props.right} ` : "";
  const left = fit(` ${props.left}`, Math.max(0, props.columns - width(right)));
  return (
    <Text inverse wrap="truncate">
      {left}
      {right}
    </Text>
  );
}

/** `?`: every action and its keys, as the keymap has them (remapped keys show as remapped). */
export function HelpView(props: { keymap: Keymap; height: number; columns: number }) {
  const actions = Object.keys(ACTIONS) as Action[];
  const keysWidth = Math.max(...actions.map((a) => width(props.keymap[a].map(showKey).join(" "))));
  return (
    <Box flexDirection="column" height={props.height} width={props.columns} paddingLeft={1}>
      <Styled tone="heading" bold>
        Keys (any key closes this help)
      </Styled>
      {actions.slice(0, Math.max(0, props.height - 2)).map((action) => (
        <Text key={action} wrap="truncate">
          {fit(props.keymap[action].map(showKey).join(" "), keysWidth)}
          {"  "}
          {ACTIONS[action].help}
        </Text>
      ))}
      <Styled tone="dim" wrap="truncate">
        Search: words, "a phrase", a OR b, -word, pref*, title:word, site: category: lang: from: to:
      </Styled>
    </Box>
  );
}

/** A list to pick from (filter fields and values, export formats), windowed like the list. */
export function PickerView(props: {
  title: string;
  options: readonly { label: string; note?: string }[];
  selected: number;
  height: number;
  columns: number;
  footer?: string;
}) {
  const rows = Math.max(1, props.height - 2);
  const top = Math.max(0, Math.min(props.selected - Math.floor(rows / 2), props.options.length - rows));
  return (
    <Box flexDirection="column" height={props.height} width={props.columns} paddingLeft={1}>
      <Styled tone="heading" bold wrap="truncate">
        {props.title}
      </Styled>
      {props.options.slice(top, top + rows).map((option, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: an option's position is its identity
        <Text key={`${top + i}`} inverse={top + i === props.selected} wrap="truncate">
          {fit(` ${option.label}`, Math.max(4, props.columns - 14))}
          <Styled tone="dim">{option.note ? fit(option.note, 12) : ""}</Styled>
        </Text>
      ))}
      {props.footer ? (
        <Styled tone="dim" wrap="truncate">
          {props.footer}
        </Styled>
      ) : null}
    </Box>
  );
}

/** A screen for when there is nothing to list: a title, what happened, what to do. */
export function MessageView(props: {
  title: string;
  lines: readonly string[];
  tone?: Tone;
  height: number;
  columns: number;
}) {
  return (
    <Box flexDirection="column" height={props.height} width={props.columns} paddingLeft={2} paddingTop={1}>
      <Styled tone={props.tone ?? "heading"} bold wrap="wrap">
        {props.title}
      </Styled>
      {props.lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static lines
        <Text key={i} wrap="wrap">
          {line === "" ? " " : line}
        </Text>
      ))}
    </Box>
  );
}

/** The text being typed (search, entity) with a cursor block. */
export function PromptLine(props: { label: string; text: string; columns: number; note?: string }) {
  const note = props.note ? `  ${props.note}` : "";
  return (
    <Text wrap="truncate">
      <Styled tone="accent" bold>
        {props.label}
      </Styled>
      {props.text}
      <Text inverse> </Text>
      <Styled tone="dim">{note}</Styled>
    </Text>
  );
}
