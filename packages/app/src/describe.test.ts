import { ArchiveError } from "@news/archive";
import { NewsError } from "@news/core";
import { describe, expect, it } from "vitest";
import { describeError, ERROR_CLASSES } from "./describe.js";
import { AppError } from "./errors.js";

describe("describeError", () => {
  it("classifies the errors of every package by code, keeping their message", () => {
    expect(describeError(new AppError("bad-option", "--limit: 0"))).toEqual({
      code: "bad-option",
      message: "--limit: 0",
      kind: "usage",
      exitCode: 2,
      httpStatus: 400,
    });
    expect(describeError(new NewsError("input-too-large", "too big"))).toMatchObject({
      kind: "input",
      exitCode: 1,
      httpStatus: 413,
    });
    expect(describeError(new ArchiveError("busy", "locked"))).toMatchObject({
      kind: "environment",
      exitCode: 1,
      httpStatus: 503,
    });
    expect(describeError(new ArchiveError("invalid-cursor", "x"))).toMatchObject({
      kind: "usage",
      exitCode: 2,
    });
  });

  it("reads a per-input failure value ({ code, message }) the same way", () => {
    expect(describeError({ code: "too-large", message: "a.txt: too big" })).toMatchObject({
      kind: "input",
      httpStatus: 413,
    });
  });

  it("makes a full disk or a failed write the environment's fault, not an internal error", () => {
    const enospc = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    expect(describeError(enospc)).toMatchObject({ code: "disk-full", kind: "environment", exitCode: 1 });
    const sqliteFull = Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
    expect(describeError(sqliteFull)).toMatchObject({ code: "disk-full", exitCode: 1 });
    const eio = Object.assign(new Error("EIO"), { code: "EIO" });
    expect(describeError(eio)).toMatchObject({ code: "write-failed", exitCode: 1 });
  });

  it("calls anything else internal: exit 70, HTTP 500", () => {
    expect(describeError(new TypeError("x is undefined"))).toEqual({
      code: "internal",
      message: "x is undefined",
      kind: "internal",
      exitCode: 70,
      httpStatus: 500,
    });
    expect(describeError("a string")).toMatchObject({ code: "internal", message: "a string" });
    // a code that only looks like ours on a foreign error class is not trusted
    expect(describeError(Object.assign(new Error("x"), { code: "busy" }))).toMatchObject({
      code: "internal",
    });
  });

  it("gives every code a status that matches its kind", () => {
    for (const [code, { kind, httpStatus }] of Object.entries(ERROR_CLASSES)) {
      const expected = kind === "internal" ? [500] : kind === "environment" ? [500, 502, 503, 504, 507] : [];
      if (expected.length > 0) expect(expected, code).toContain(httpStatus);
      else expect(httpStatus >= 400 && httpStatus < 500, code).toBe(true);
    }
  });
});
