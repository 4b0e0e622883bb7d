import type { LoadedContent } from "../../server/src/content/lessons/content.types.js";
import { assign, type Auth, joinAsNewStudent, newClass, newTeacher } from "./classroom.js";
import { rightAnswer, type ServedItem } from "./lesson-answers.js";
import type { TestServer } from "./server.js";

/** Everything a teacher reads of an assignment: the class, every attempt with feedback, statistics, the review. */
export const TEACHER_VIEW = /* GraphQL */ `
  query ($id: ID!) {
    assignment(id: $id) {
      id
      dueAt
      feedback
      classroom {
        name
        students {
          id
          displayName
          signInCode
        }
      }
      attempts {
        id
        status
        score
        maxScore
        late
        student {
          id
          displayName
          signInCode
        }
        responses {
          id
          itemId
          revision
          answer {
            choiceIds
            text
            evidence {
              paragraphNumber
              start
              end
            }
            claimId
          }
          feedback {
            correct
            score
            maxScore
            message
            needsReview
            rubricScores {
              criterionId
              score
            }
            teacherComment
            expected {
              choiceIds
              evidence {
                paragraphNumber
              }
            }
          }
        }
      }
      itemStatistics {
        itemId
        prompt
        responses
        facility
        discrimination
        criteria {
          criterionId
          title
          scored
          facility
        }
      }
      review {
        items {
          itemId
          kind
          prompt
          points
          explanation
          choices {
            choiceId
            text
            correct
            explanation
          }
          order {
            id
            text
          }
          pairs {
            left {
              text
            }
            right {
              text
            }
            explanation
          }
          acceptedAnswers
          targets {
            paragraphNumber
            start
            end
            quote
            note
          }
          exemplars {
            title
            claim
            levels {
              criterionId
              score
            }
            text
            commentary
          }
        }
      }
    }
  }
`;

/**
 * A new teacher's class of `size` students, assigned the lesson; each answers every item
 * rightly (or only the first, if `partial`) and submits.
 */
export async function classWithWork(
  server: TestServer,
  lesson: { content: LoadedContent; slug: string; items: ServedItem[] },
  size: number,
  options: { partial?: boolean; names?: string[] } = {},
) {
  const { content, slug, items } = lesson;
  const teacher = await newTeacher(server);
  const room = await newClass(server, teacher.auth);
  const assignment = await assign(server, teacher.auth, room.id, slug);
  const students: Array<{ auth: Auth; id: string }> = [];
  for (let n = 0; n < size; n++) {
    const student = await joinAsNewStudent(
      server,
      room.joinCode,
      options.names?.[n] ?? `Student ${n + 1}`,
    );
    students.push(student);
    const attemptId = (
      await server.gql(
        `mutation($s: String!, $a: ID) { startAttempt(lessonSlug: $s, assignmentId: $a) { id } }`,
        { s: slug, a: assignment.id },
        student.auth,
      )
    ).data.startAttempt.id;
    const chosen = options.partial ? items.slice(0, 1 + (n % 3)) : items;
    for (const item of chosen) {
      await server.gql(
        `mutation($a: ID!, $i: ID!, $x: AnswerInput!) { saveResponse(attemptId: $a, itemId: $i, answer: $x, revision: 1) { id } }`,
        {
          a: attemptId,
          i: item.id,
          x: rightAnswer(content, item),
        },
        student.auth,
      );
    }
    await server.gql(
      `mutation($a: ID!) { submitAttempt(attemptId: $a) { id } }`,
      { a: attemptId },
      student.auth,
    );
  }
  return { teacher, room, assignment, students };
}
