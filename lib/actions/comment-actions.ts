"use server";
import { defineAction } from "@/lib/actions/define-action";
import { createComment } from "@/lib/server/comments/create-comment";
import { deleteComment } from "@/lib/server/comments/delete-comment";
import { editComment } from "@/lib/server/comments/edit-comment";
import { resolveThread } from "@/lib/server/comments/resolve-thread";
import { createCommentSchema, deleteCommentSchema, editCommentSchema, resolveThreadSchema } from "@/lib/validation/comment";

// The threads apply each answer themselves; everyone else hears of it over the live stream.
export const createCommentAction = defineAction(createCommentSchema, (actor, input) => createComment({ actor, input }));
export const editCommentAction = defineAction(editCommentSchema, (actor, input) => editComment({ actor, input }));
export const deleteCommentAction = defineAction(deleteCommentSchema, (actor, input) => deleteComment({ actor, input }));
export const resolveThreadAction = defineAction(resolveThreadSchema, (actor, input) => resolveThread({ actor, input }));
