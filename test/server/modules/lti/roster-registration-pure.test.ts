import { describe, expect, it } from "vitest";
import { membershipsUrlOf } from "../../../../server/src/modules/lti/launch-claims.js";
import { nextLink, readMembers } from "../../../../server/src/modules/lti/nrps-client.js";
import {
  readPlatformConfiguration,
  readRegistrationResponse,
  RegistrationError,
  toolRegistration,
  TOOL_CONFIGURATION,
} from "../../../../server/src/modules/lti/registration-config.js";

const LIS = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

describe("NRPS membership pages", () => {
  it("takes the roster URL from a launch's claim, when it is an http(s) URL", () => {
    expect(membershipsUrlOf({ context_memberships_url: " https://lms.org/m/1 " })).toBe(
      "https://lms.org/m/1",
    );
    expect(membershipsUrlOf({ context_memberships_url: "javascript:alert(1)" })).toBeNull();
    expect(membershipsUrlOf({ service_versions: ["2.0"] })).toBeNull();
    expect(membershipsUrlOf("https://lms.org/m/1")).toBeNull();
  });

  it("finds the next page in a Link header among other relations", () => {
    expect(nextLink(null)).toBeNull();
    expect(nextLink('<https://lms.org/m?p=2>; rel="next"')).toBe("https://lms.org/m?p=2");
    expect(
      nextLink('<https://lms.org/m?p=1>; rel="first", <https://lms.org/m?p=3>; rel="next"'),
    ).toBe("https://lms.org/m?p=3");
    expect(nextLink('<https://lms.org/m?p=9>; rel="last"')).toBeNull();
    expect(nextLink("<https://lms.org/m?p=4>; rel=next")).toBe("https://lms.org/m?p=4");
  });

  it("reads members: role, status (Active by default), name; skips members without a user_id", () => {
    expect(
      readMembers({
        members: [
          { user_id: "1", roles: [`${LIS}Learner`], given_name: "Ana", family_name: "Park" },
          { user_id: "2", roles: ["Instructor"], name: "Ms R", status: "Active" },
          { user_id: "3", roles: [`${LIS}Learner`], status: "Deleted" },
          { user_id: "4", roles: ["http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor"] },
          { roles: [`${LIS}Learner`], name: "No id" },
        ],
      }),
    ).toEqual([
      { userId: "1", role: "STUDENT", status: "Active", name: "Ana Park" },
      { userId: "2", role: "TEACHER", status: "Active", name: "Ms R" },
      { userId: "3", role: "STUDENT", status: "Deleted", name: null },
      { userId: "4", role: null, status: "Active", name: null },
    ]);
    expect(() => readMembers({ error: "nope" })).toThrow(/not a membership container/);
  });
});

describe("dynamic registration", () => {
  const config = (issuer: string) => ({
    issuer,
    authorization_endpoint: `${issuer}/auth`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    registration_endpoint: `${issuer}/register`,
  });

  it("accepts an issuer that prefixes the configuration's URL, path included", () => {
    const read = readPlatformConfiguration(
      config("https://school.org/moodle"),
      "https://school.org/moodle/mod/lti/openid-configuration.php",
    );
    expect(read).toMatchObject({
      issuer: "https://school.org/moodle",
      registrationEndpoint: "https://school.org/moodle/register",
    });
  });

  it("refuses an issuer of another site, another path, or an endpoint that is not https", () => {
    const refusal = (body: unknown, url: string) => {
      try {
        readPlatformConfiguration(body, url);
      } catch (error) {
        return error instanceof RegistrationError ? [error.status, error.message] : error;
      }
      return null;
    };
    expect(
      refusal(config("https://lms.evil.org"), "https://lms.school.org/.well-known/openid"),
    ).toEqual([400, expect.stringContaining("does not match the address")]);
    expect(
      refusal(config("https://school.org/moodle2"), "https://school.org/moodle/openid"),
    ).toEqual([400, expect.stringContaining("does not match the address")]);
    expect(
      refusal(
        { ...config("https://lms.school.org"), jwks_uri: "http://lms.school.org/jwks" },
        "https://lms.school.org/openid",
      ),
    ).toEqual([400, expect.stringContaining("jwks_uri must be an https:// URL")]);
    expect(refusal({}, "https://lms.school.org/openid")).toEqual([
      400,
      "the configuration's issuer is required",
    ]);
  });

  it("names the tool's own URLs and reads the platform's client id and deployment", () => {
    const body = toolRegistration("https://lessons.school.org");
    expect(body.redirect_uris).toEqual(["https://lessons.school.org/lti/launch"]);
    expect(body[TOOL_CONFIGURATION].domain).toBe("lessons.school.org");
    expect(
      readRegistrationResponse({ client_id: 42, [TOOL_CONFIGURATION]: { deployment_id: "d1" } }),
    ).toEqual({ clientId: "42", deploymentId: "d1" });
    expect(() => readRegistrationResponse({ [TOOL_CONFIGURATION]: {} })).toThrow(/no client_id/);
  });
});
