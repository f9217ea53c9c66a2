// Runs inside the parse worker: one job per message, answered with the result as data.
import { parentPort } from "node:worker_threads";
import { convertDocument, type ConvertDocumentInput } from "../convert-document";

parentPort!.on("message", (job: ConvertDocumentInput) => {
  let answer;
  try {
    answer = convertDocument(job);
  } catch (error) {
    // A parser bug or a stack overflow on input the limits let through: a refusal, not a crash.
    const reason = error instanceof RangeError ? "it nests too deeply" : "the parser failed on it";
    answer = { ok: false, error: { code: "TOO_COMPLEX", message: `This document could not be read: ${reason}.` } };
  }
  parentPort!.postMessage(answer);
});
parentPort!.postMessage("ready");
