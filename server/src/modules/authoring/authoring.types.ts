import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { encodeId } from "../../core/ids.js";
import { QuestionSet } from "../lessons/lessons.types.js";
import type { AuthoredSetRow, VersionRow } from "./authoring.loaders.js";

export enum QuestionSetStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
  ARCHIVED = "ARCHIVED",
}

registerEnumType(QuestionSetStatus, {
  name: "QuestionSetStatus",
  description: "A teacher's set: never published, published (at least one version), or archived.",
});

@ObjectType({
  description: "A problem of one field of a draft, as `npm run content:check` words it.",
})
export class AuthoringProblem {
  @Field(() => String, { description: "The field: `questions[2].choices[1].explanation`." })
  path!: string;
  @Field(() => String) message!: string;
}

@ObjectType({ description: "An immutable published version: a one-step lesson of its own." })
export class QuestionSetVersion {
  @Field(() => Int) number!: number;
  @Field(() => String, { description: "The version's lesson (assignments and attempts name it)." })
  lessonSlug!: string;
  @Field(() => Date) publishedAt!: Date;
}

@ObjectType({
  description:
    "A teacher's own question set as its owner edits it. The draft holds the answer keys, feedback, misconception tags and evidence: its owner's only.",
})
export class QuestionSetAuthoring {
  @Field(() => Int, {
    description: "The draft's version: pass it as updateQuestionSet's expectedVersion.",
  })
  version!: number;
  @Field(() => QuestionSetStatus) status!: QuestionSetStatus;
  @Field(() => GraphQLJSONObject, {
    description:
      "The set as the YAML of lessons/question-sets/ has it (slug, title, document, questions).",
  })
  draft!: Record<string, unknown>;
  @Field(() => [AuthoringProblem], {
    description: "What stops publishing; empty when it may be published.",
  })
  problems!: AuthoringProblem[];
  @Field(() => Boolean) publishable!: boolean;
  @Field(() => Boolean, { description: "The draft differs from the latest published version." })
  changedSincePublished!: boolean;
  @Field(() => [QuestionSetVersion], { description: "Oldest first." })
  versions!: QuestionSetVersion[];
  @Field(() => String, { nullable: true, description: "Where it was copied from." })
  copiedFrom!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The share link's code (shareQuestionSet makes it): teachers with it may take a copy.",
  })
  shareCode!: string | null;
  @Field(() => String, {
    description:
      "The draft as a lessons/question-sets/ YAML file (`npm run content:check -- FILE`).",
  })
  yaml!: string;
  @Field(() => Date) updatedAt!: Date;
}

/** The API's face of a teacher's set: a QuestionSet whose questions are its latest version's. */
export const toAuthoredQuestionSet = (
  row: AuthoredSetRow,
  latest: VersionRow | null,
): QuestionSet & { authoredId: string } =>
  Object.assign(new QuestionSet(), {
    id: encodeId("AuthoredQuestionSet", row.id),
    slug: setSlug(row),
    title: row.title,
    // No version yet: a key that matches no set, so its questions are none.
    dbId: latest?.questionSetId ?? "0",
    documentId: row.documentId,
    authoredId: row.id,
  });

/** The slug a set's file and draft carry; its versions' lessons are `<slug>-v<n>`. */
export const setSlug = (row: Pick<AuthoredSetRow, "stem">): string => `set-${row.stem}`;

export const versionSlug = (row: Pick<AuthoredSetRow, "stem">, number: number): string =>
  `${setSlug(row)}-v${number}`;

/** A draft's preview lesson: `<slug>-preview-<draft version>`, its owner's alone. */
export const previewSlug = (row: Pick<AuthoredSetRow, "stem">, revision: number): string =>
  `${setSlug(row)}-preview-${revision}`;

@ObjectType({
  description:
    "A draft compiled into a private lesson its owner tries as a student, feedback included: never published, assigned, listed or counted.",
})
export class QuestionSetPreview {
  @Field(() => String, {
    description: "The preview's lesson: start it with startScratchAttempt (fresh: true).",
  })
  lessonSlug!: string;
  @Field(() => Int, { description: "The draft version (QuestionSetAuthoring.version) it shows." })
  draftVersion!: number;
}

export const toVersion = (row: VersionRow, stem: string): QuestionSetVersion =>
  Object.assign(new QuestionSetVersion(), {
    number: row.number,
    lessonSlug: versionSlug({ stem }, row.number),
    publishedAt: row.publishedAt,
  });
