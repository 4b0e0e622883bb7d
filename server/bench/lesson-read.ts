// Throughput of reading a whole lesson with its document, as a ratio to a bare node:http server
// sending the very same bytes (the limit for this machine and this load generator).
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { freePortFor } from "./ports.js";

export const LESSON_READ = /* GraphQL */ `
  query LessonRead($slug: String!) {
    lesson(slug: $slug) {
      slug
      title
      summary
      estimatedMinutes
      objectives
      skills
      steps {
        position
        kind
        title
        body
        paragraphNumbers
        questionSet {
          title
          questions {
            id
            kind
            prompt
            points
            skill
            paragraphNumbers
            ... on ChoiceQuestion {
              choices {
                id
                text
              }
            }
            ... on ShortAnswerQuestion {
              maxLength
            }
            ... on OrderingQuestion {
              items {
                id
                text
              }
            }
            ... on MatchingQuestion {
              left {
                id
                text
              }
              right {
                id
                text
              }
            }
            ... on EvidenceQuestion {
              claim
              minSelections
              maxSelections
            }
          }
        }
        exercise {
          id
          title
          prompt
          guidance
          minEvidence
          points
          claims {
            id
            text
          }
          rubric {
            title
            levels {
              score
              label
              descriptor
            }
          }
        }
      }
      document {
        title
        citation
        paragraphs {
          number
          text
          notes {
            kind
            quote
            start
            end
            explanation
          }
        }
      }
    }
  }
`;

export interface ReadResult {
  bytes: number;
  app: number;
  bare: number;
  ratio: number;
}

async function measure(url: string, body: string, seconds: number): Promise<number> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    connections: 32,
    duration: seconds,
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`lesson read: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

/** Requests per second for the app, for a bare server sending the same bytes, and their ratio. */
export async function benchLessonRead(
  appUrl: string,
  slug: string,
  seconds = 8,
): Promise<ReadResult> {
  const body = JSON.stringify({ query: LESSON_READ, variables: { slug } });
  const response = await fetch(`${appUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  if (!bytes.toString().startsWith('{"data"'))
    throw new Error(`lesson read failed: ${bytes.toString().slice(0, 200)}`);

  const port = await freePortFor();
  const bare = spawn(
    process.execPath,
    [
      "-e",
      `const b=Buffer.from(process.env.BODY,"base64");require("http").createServer((q,r)=>{q.resume();q.on("end",()=>{r.writeHead(200,{"content-type":"application/json; charset=utf-8"});r.end(b)})}).listen(${port},"127.0.0.1",()=>console.log("ready"))`,
    ],
    {
      env: { ...process.env, BODY: bytes.toString("base64") },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  await new Promise((resolve) => bare.stdout!.once("data", resolve));
  try {
    await measure(appUrl, body, 2); // warm-up
    const app = await measure(appUrl, body, seconds);
    await measure(`http://127.0.0.1:${port}`, body, 2);
    const bareRate = await measure(`http://127.0.0.1:${port}`, body, seconds);
    return { bytes: bytes.length, app, bare: bareRate, ratio: app / bareRate };
  } finally {
    bare.kill();
  }
}
