import { z } from 'zod';
import { idSchema, timestampSchema, userIdSchema } from './primitives';

export const checklistKindSchema = z.enum(['packing', 'todo']);
export type ChecklistKind = z.infer<typeof checklistKindSchema>;

export const checklistItemSchema = z.strictObject({
  id: idSchema,
  text: z.string().trim().min(1).max(500),
  done: z.boolean(),
  assignee: userIdSchema.optional(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistSchema = z.strictObject({
  id: idSchema,
  title: z.string().trim().min(1).max(200),
  kind: checklistKindSchema,
  items: z.array(checklistItemSchema),
});
export type Checklist = z.infer<typeof checklistSchema>;

export const commentSchema = z.strictObject({
  id: idSchema,
  authorId: userIdSchema,
  text: z.string().trim().min(1).max(5000),
  createdAt: timestampSchema,
});
export type Comment = z.infer<typeof commentSchema>;

/** A conversation anchored to one item of the itinerary (or of the ideas). */
export const threadSchema = z.strictObject({
  id: idSchema,
  itemId: idSchema,
  comments: z.array(commentSchema),
});
export type Thread = z.infer<typeof threadSchema>;

export const pollOptionSchema = z.strictObject({
  id: idSchema,
  label: z.string().trim().min(1).max(200),
});
export type PollOption = z.infer<typeof pollOptionSchema>;

export const pollSchema = z
  .strictObject({
    id: idSchema,
    question: z.string().trim().min(1).max(300),
    options: z.array(pollOptionSchema).min(2).max(20),
    /** One vote per member: user id -> option id. */
    votes: z.record(userIdSchema, idSchema),
    closed: z.boolean(),
  })
  .superRefine((poll, ctx) => {
    const ids = new Set(poll.options.map((option) => option.id));
    if (ids.size !== poll.options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'option ids must be unique' });
    }
    for (const [userId, optionId] of Object.entries(poll.votes)) {
      if (!ids.has(optionId)) {
        ctx.addIssue({ code: 'custom', path: ['votes', userId], message: 'unknown option id' });
      }
    }
  });
export type Poll = z.infer<typeof pollSchema>;
