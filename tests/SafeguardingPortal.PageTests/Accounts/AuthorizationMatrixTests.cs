using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Champions;
using SafeguardingPortal.PageTests.Concerns.Inbox;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Accounts;

/// <summary>
/// security.md §1: every endpoint × anonymous and every role of architecture.md (champions and department leads of
/// two departments) → the status a reviewer expects. The table is written by hand, not recorded from today's
/// behaviour; an endpoint missing from it, or a row for an endpoint that no longer exists, fails the test.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class AuthorizationMatrixTests(PortalFactory portal)
{
    private const string A = "open-spaces";
    private const string B = "barbican-centre";

    /// <summary>The columns, in the order every row lists its cells.</summary>
    private static readonly (string Name, (PortalRole Role, string? Scope)[] Roles, AccountKind Kind)[] Identities =
    [
        ("Anonymous", [], AccountKind.EntraId),
        ("Staff", [(PortalRole.Staff, null)], AccountKind.EntraId),
        ("Member", [(PortalRole.Member, null)], AccountKind.Local),
        ("Partner", [(PortalRole.Partner, "Demo School")], AccountKind.Local),
        ("Champion A", [(PortalRole.Staff, null), (PortalRole.Champion, A)], AccountKind.EntraId),
        ("Champion B", [(PortalRole.Staff, null), (PortalRole.Champion, B)], AccountKind.EntraId),
        ("DepartmentLead A", [(PortalRole.Staff, null), (PortalRole.DepartmentLead, A)], AccountKind.EntraId),
        ("DepartmentLead B", [(PortalRole.Staff, null), (PortalRole.DepartmentLead, B)], AccountKind.EntraId),
        ("ChildrenTeam", [(PortalRole.Staff, null), (PortalRole.ChildrenTeam, "ChildrenTeam")], AccountKind.EntraId),
        ("AdultsTeam", [(PortalRole.Staff, null), (PortalRole.AdultsTeam, "AdultsTeam")], AccountKind.EntraId),
        ("Lado", [(PortalRole.Staff, null), (PortalRole.Lado, "Lado")], AccountKind.EntraId),
        ("Prevent", [(PortalRole.Staff, null), (PortalRole.Prevent, "Prevent")], AccountKind.EntraId),
        ("TeamManager", [(PortalRole.Staff, null), (PortalRole.TeamManager, "ChildrenTeam")], AccountKind.EntraId),
        ("SafeguardingLead", [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)], AccountKind.EntraId),
        ("Committee", [(PortalRole.Member, null), (PortalRole.Committee, null)], AccountKind.EntraId),
        ("ContentEditor", [(PortalRole.Staff, null), (PortalRole.ContentEditor, null)], AccountKind.EntraId),
        ("Administrator", [(PortalRole.Staff, null), (PortalRole.Administrator, null)], AccountKind.EntraId),
    ];

    private const int Ok = 200, Found = 302, Bad = 400, Forbidden = 403, Missing = 404;

    /// <summary>Route pattern → the request that exercises it → one expected status per column above.</summary>
    private static readonly (string Pattern, string Request, int[] Cells)[] Matrix =
    [
        // Public: the campaign, reporting a concern, its API, health, and the sign-in pages themselves.
        ("", "GET /", Everyone(Ok)),
        ("{**path}", "GET /signs-of-abuse/children", Everyone(Ok)),
        ("{**path:file}", "GET /no-such-file.txt", Everyone(Missing)),
        ("who-to-call", "GET /who-to-call", Everyone(Ok)),
        ("posters", "GET /posters", Everyone(Ok)),
        ("posters/{number:int}/{handler?}", "GET /posters/1", Everyone(Ok)),
        ("posters/{number:int}/print/{size:regex(^screen$)?}", "GET /posters/1/print", Everyone(Ok)),
        ("error/{statusCode:int?}", "GET /error/404", Everyone(Missing)),
        ("report", "GET /report", Everyone(Ok)),
        ("report/{step}/{person:int?}", "GET /report/about-whom", Everyone(Found)),
        ("report/check-answers", "GET /report/check-answers", Everyone(Found)),
        ("report/submit", "GET /report/submit", Everyone(Found)),
        ("report/confirmation", "GET /report/confirmation", Everyone(Found)),
        ("report/keep-alive", "GET /report/keep-alive", Everyone(Found)),
        ("report/session-ended", "GET /report/session-ended", Everyone(Ok)),
        ("/api/v1/concerns/", "POST /api/v1/concerns/", Everyone(Bad)),
        ("/api/v1/concerns/route", "POST /api/v1/concerns/route", Everyone(Bad)),
        ("/openapi/{documentName}.json", "GET /openapi/v1.json", Everyone(Ok)),
        ("/webhooks/sendgrid", "POST /webhooks/sendgrid", Everyone(Missing)),
        ("/health/live", "GET /health/live", Everyone(Ok)),
        ("/health/ready", "GET /health/ready", Everyone(Ok)),
        ("account/sign-in", "GET /account/sign-in", Everyone(Ok)),
        ("account/sign-in/code", "GET /account/sign-in/code", Everyone(Found)),
        ("account/sign-in/failed", "GET /account/sign-in/failed", Everyone(Ok)),
        ("account/sign-in/entra", "GET /account/sign-in/entra", Everyone(Found)),
        ("account/sign-in/entra/finish", "GET /account/sign-in/entra/finish", Everyone(Found)),
        ("account/signed-out", "GET /account/signed-out", Everyone(Ok)),
        ("account/invitation", "GET /account/invitation", Everyone(Ok)),
        ("pledge", "GET /pledge", Everyone(Ok)),
        ("pledge/wall", "GET /pledge/wall", Everyone(Ok)),
        ("pledge/yours/{token}/{handler?}", "GET /pledge/yours/not-a-token", Everyone(Missing)),
        ("pledge/yours/{token}/card/{size:regex(^square$)?}", "GET /pledge/yours/not-a-token/card", Everyone(Missing)),
        ("pledge/follow-up/{token}", "GET /pledge/follow-up/not-a-token", Everyone(Missing)),

        // Signed in: anyone with an account; anonymous visitors are sent to sign in.
        //                                                       anon   Staff  Memb   Part   ChA    ChB    DLA    DLB    Child  Adult  Lado   Prev   TMgr   SLead  Comm   CEd    Admin
        ("account", "GET /account", [Found, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        ("account/authenticator", "GET /account/authenticator", [Found, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        ("account/people/{id:guid}", "GET /account/people/{self}", [Found, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        ("account/sign-out", "GET /account/sign-out", [Found, Found, Found, Found, Found, Found, Found, Found, Found, Found, Found, Found, Found, Found, Found, Found, Found]),

        // Training: everyone with an account takes the courses meant for them; a result is only ever its learner's ({none} is no attempt).
        ("training", "GET /training", [Found, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        ("training/{course}/{chapter}", "GET /training/safeguarding-essentials/how-to-report", [Found, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        ("training/{course}/check", "GET /training/safeguarding-essentials/check", [Found, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        ("training/{course}/result/{attempt:guid}", "GET /training/safeguarding-essentials/result/{none}", [Found, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing]),

        // The refresher test-out opens only for a learner whose certificate is up for renewal; none of these has one.
        ("training/{course}/test-out", "GET /training/safeguarding-essentials/test-out", [Found, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing]),

        // Prior learning: anyone sends their own evidence; only the safeguarding lead reviews ({none} is no claim).
        ("training/prior-learning", "GET /training/prior-learning", [Found, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        ("training/prior-learning/review", "GET /training/prior-learning/review", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden]),
        ("training/prior-learning/review/{id:guid}/{handler?}", "GET /training/prior-learning/review/{none}/evidence", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Missing, Forbidden, Forbidden, Forbidden]),

        // Face-to-face attendance: champions and department leads for their own department (each opens on theirs), and the safeguarding lead.
        ("training/face-to-face", "GET /training/face-to-face", [Found, Forbidden, Forbidden, Forbidden, Ok, Ok, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden]),

        // Certificates: a holder's own page; the print template only with the token Chromium is given; the public check of a code.
        ("training/certificates/{code}", "GET /training/certificates/NTS-NONE", [Found, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing, Missing]),
        ("training/certificates/{code}/print", "GET /training/certificates/NTS-NONE/print", Everyone(Missing)),
        ("verify/{code}", "GET /verify/NTS-NONE", Everyone(Missing)),

        // Training records: everyone's own; a line manager's team (nobody here manages anyone, so none may open it); a department's
        // aggregates for its champions and lead and the safeguarding lead; every department, down to names, for the safeguarding lead only.
        ("training/records", "GET /training/records", [Found, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        ("training/team", "GET /training/team", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("training/departments/{slug}", "GET /training/departments/open-spaces", [Found, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden]),
        ("training/records/all", "GET /training/records/all", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden]),
        ("training/records/all/{population}", "GET /training/records/all/open-spaces", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden]),

        // Content editors only.
        ("content-status", "GET /content-status", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden]),

        // A content editor's preview of Umbraco's unpublished pages: not found with content/ as the source.
        ("content-status/preview", "GET /content-status/preview?path=/contact", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Missing, Forbidden]),

        // A department's champions and lead, and the safeguarding lead: department A only for A's champion and lead.
        ("departments/{slug}", "GET /departments/open-spaces", [Found, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden]),

        // The briefing log: champions, department leads and the safeguarding lead read it; only champions log, for their own
        // departments; {briefing-a} is a briefing in department A, which B's champion and lead may not open.
        ("champions/briefings", "GET /champions/briefings", [Found, Forbidden, Forbidden, Forbidden, Ok, Ok, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden]),
        ("champions/briefings/log/{id:guid?}", "GET /champions/briefings/log", [Found, Forbidden, Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("champions/briefings/{id:guid}", "GET /champions/briefings/{briefing-a}", [Found, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden]),

        // The dashboard: the safeguarding lead and the committee (who see small numbers suppressed).
        ("dashboard", "GET /dashboard", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden]),
        ("dashboard/coverage", "GET /dashboard/coverage", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden]),
        ("dashboard/impact", "GET /dashboard/impact", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden]),

        // Signing in to a briefing with its code: anyone with an account who was there.
        ("briefing", "GET /briefing", [Found, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok]),

        // The champions directory and each department's noticeboard poster: anyone signed in. The poster's print template
        // only with the token Chromium is given; the public check of a champion by their certificate code.
        ("champions", "GET /champions", [Found, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        ("champions/{slug}/poster/{handler?}", "GET /champions/open-spaces/poster", [Found, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        ("champions/{slug}/poster/print", "GET /champions/open-spaces/poster/print", Everyone(Missing)),
        ("champions/verify/{code}", "GET /champions/verify/NTS-NONE", Everyone(Missing)),

        // Champions with an in-date champion-course certificate (none here, so the 403 that links to the course); nobody else.
        ("champions/resources", "GET /champions/resources", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("champions/resources/{slug}", "GET /champions/resources/handout", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden]),

        // Keeping champions active: anyone with an account may ask for a briefing; a request is its department's
        // ({request-a} is in department A); the pack and meetings are read by champion tools' roles and written by the
        // safeguarding lead; the first-briefing checklist is for champions.
        ("champions/request-briefing", "GET /champions/request-briefing", [Found, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        ("champions/requests/{id:guid}", "GET /champions/requests/{request-a}", [Found, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden]),
        ("champions/pack", "GET /champions/pack", [Found, Forbidden, Forbidden, Forbidden, Ok, Ok, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden]),
        ("champions/pack/publish", "GET /champions/pack/publish", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden]),
        ("champions/meetings", "GET /champions/meetings", [Found, Forbidden, Forbidden, Forbidden, Ok, Ok, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden]),
        ("champions/meetings/record", "GET /champions/meetings/record", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden]),
        ("champions/first-briefing", "GET /champions/first-briefing", [Found, Forbidden, Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden]),

        // The teams' inbox: the four teams, their managers and the safeguarding lead. {children-concern} is a report routed
        // to the children's team only: the resource check refuses the other teams (and the TeamManager manages children).
        ("inbox", "GET /inbox", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Ok, Ok, Ok, Ok, Ok, Forbidden, Forbidden, Forbidden]),
        ("inbox/{reference}", "GET /inbox/{children-concern}", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden, Forbidden]),

        // The quarantine queue: the safeguarding lead only.
        ("inbox/quarantine", "GET /inbox/quarantine", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden]),

        // Administrators only.
        ("admin", "GET /admin", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("admin/users", "GET /admin/users", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("admin/users/invite", "GET /admin/users/invite", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("admin/users/{id:guid}", "GET /admin/users/{self}", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("admin/head-counts", "GET /admin/head-counts", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("admin/notifications", "GET /admin/notifications", [Found, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
    ];

    [Fact]
    public void Every_endpoint_is_in_the_matrix_and_every_row_is_an_endpoint()
    {
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .Select(e => e.RoutePattern.RawText ?? "")
            .ToHashSet();
        var rows = Matrix.Select(r => r.Pattern).ToHashSet();

        Assert.Empty(endpoints.Except(rows));
        Assert.Empty(rows.Except(endpoints));
        Assert.All(Matrix, row => Assert.Equal(Identities.Length, row.Cells.Length));
    }

    [Fact]
    public async Task Each_identity_gets_the_expected_status_on_each_endpoint()
    {
        var people = new List<PortalUser?>();
        foreach (var (_, roles, kind) in Identities)
        {
            people.Add(roles.Length == 0 ? null : await TestUsers.CreateAsync(portal, kind, department: A, twoFactor: true, roles: roles));
        }

        var concern = await InboxConcerns.SubmitAsync(portal, "S02");
        var briefing = await BriefingLog.LogAsync(portal, people[4]!, A);
        var briefingRequest = await Champions.Active.ActiveChampions.RequestAsync(portal, people[1]!, A);
        var wrong = new StringBuilder();
        for (var column = 0; column < Identities.Length; column++)
        {
            using var client = portal.ClientFor(people[column]);
            foreach (var (_, request, cells) in Matrix)
            {
                var (method, path) = (request.Split(' ')[0], request.Split(' ')[1].Replace("{self}", (people[column]?.Id ?? Guid.Empty).ToString(), StringComparison.Ordinal).Replace("{children-concern}", concern, StringComparison.Ordinal).Replace("{none}", Guid.Empty.ToString(), StringComparison.Ordinal).Replace("{briefing-a}", briefing.ToString(), StringComparison.Ordinal).Replace("{request-a}", briefingRequest.ToString(), StringComparison.Ordinal));
                using var message = new HttpRequestMessage(new HttpMethod(method), path);
                if (method == "POST")
                {
                    message.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(message);
                if ((int)response.StatusCode != cells[column])
                {
                    wrong.AppendLine($"{Identities[column].Name} {request}: expected {cells[column]}, got {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(wrong.Length == 0, wrong.ToString());
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_with_the_page_to_return_to()
    {
        using var client = portal.ClientFor(null);
        using var response = await client.GetAsync(new Uri("/admin/users?q=x", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?returnUrl=%2Fadmin%2Fusers%3Fq%3Dx", response.Headers.Location!.PathAndQuery);
    }

    private static int[] Everyone(int status) => [.. Enumerable.Repeat(status, Identities.Length)];
}
