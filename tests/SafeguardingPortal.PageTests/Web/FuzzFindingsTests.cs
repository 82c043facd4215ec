using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Concerns.ReportConcern.Journey;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.PageTests.Web;

/// <summary>
/// What bench/fuzz.sh found (security.md item 22): each hostile request that once answered 500 (or broke the
/// response) now answers 4xx with a clear message, and each race it hit is survived.
/// </summary>
public sealed class FuzzFindingsTests : IDisposable
{
    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    /// <summary>
    /// Nothing logged as an error while serving; EF's first look at a new PostgreSQL database's history table, before
    /// migrating it, is logged as a failed command and is not the request's.
    /// </summary>
    private void AssertNoServerErrors() =>
        Assert.DoesNotContain(portal.ServerErrors.Errors, e => !e.Contains("FROM \"__EFMigrationsHistory\"", StringComparison.Ordinal));

    /// <summary>"\ud800" is well-formed JSON but no text: .NET throws reading it, which was a 500 on both endpoints.</summary>
    [Theory]
    [InlineData("/api/v1/concerns")]
    [InlineData("/api/v1/concerns/route")]
    public async Task AnApiBodyWithAnEscapedLoneSurrogate_Is400WithAProblemSayingSo(string url)
    {
        var client = portal.CreateBrowserlessClient();
        const string body = """{"immediateDanger":"\ud800no","description":"x\udc00","people":[{"\ud800":1}]}""";

        using var response = await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid Unicode", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>.NET refuses to decode UTF-7 (NotSupportedException where the antiforgery check reads the form): was a 500.</summary>
    [Theory]
    [InlineData("/report/immediate-danger")]
    [InlineData("/pledge")]
    public async Task AFormInACharsetThatCannotBeDecoded_Is415WithTheErrorPage(string url)
    {
        var client = portal.CreateBrowserlessClient();
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes("answer=no"));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded; charset=utf-7");

        using var response = await client.PostAsync(url, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem with your request", page, StringComparison.Ordinal);
        Assert.Contains("999", page, StringComparison.Ordinal);
    }

    /// <summary>/error/1 set the response's status to 1, which is not HTTP: the connection broke instead of a page.</summary>
    [Theory]
    [InlineData("/error/1")]
    [InlineData("/error/0")]
    [InlineData("/error/200")]
    [InlineData("/error/-500")]
    [InlineData("/error/2147483647")]
    public async Task TheErrorPageForAStatusThatIsNoError_IsPageNotFound(string url)
    {
        var client = portal.CreateBrowserlessClient();

        using var get = await client.GetAsync(url);
        using var post = await client.PostAsync(url, new FormUrlEncodedContent([new("x", "y")]));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Contains("Page not found", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheErrorPageStillShowsTheErrorStatusesItIsFor()
    {
        var client = portal.CreateBrowserlessClient();

        using var response = await client.GetAsync("/error/429");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    /// <summary>
    /// "Continue" on the timeout warning while another tab saved an answer: the draft's version had moved on, and the
    /// keep-alive's save threw a concurrency exception (500). The other tab's save kept the draft alive anyway.
    /// </summary>
    [Fact]
    public async Task KeepingADraftAliveWhileAnotherTabSavesIt_Succeeds()
    {
        await StartDraftAsync();
        using var keepAlive = portal.Services.CreateScope();
        var draft = await keepAlive.ServiceProvider.GetRequiredService<PortalDbContext>().Set<ReportDraft>().SingleAsync();
        await ChangeDraftAsync(d => d.Version++);
        portal.Time.Now += TimeSpan.FromMinutes(5);

        Assert.True(await keepAlive.ServiceProvider.GetRequiredService<ReportDrafts>().TouchAsync(draft, CancellationToken.None));
    }

    /// <summary>The same, when the other tab sent the report meanwhile: nothing is left to keep alive (410 to the script).</summary>
    [Fact]
    public async Task KeepingADraftAliveThatAnotherTabSent_SaysItIsGone()
    {
        await StartDraftAsync();
        using var keepAlive = portal.Services.CreateScope();
        var draft = await keepAlive.ServiceProvider.GetRequiredService<PortalDbContext>().Set<ReportDraft>().SingleAsync();
        await ChangeDraftAsync(d =>
        {
            d.Version++;
            d.ConcernReference = "NTS-SENT0001";
        });
        portal.Time.Now += TimeSpan.FromMinutes(5);

        Assert.False(await keepAlive.ServiceProvider.GetRequiredService<ReportDrafts>().TouchAsync(draft, CancellationToken.None));
    }

    /// <summary>
    /// A page without a POST handler rendered its view without running OnGet when posted to with a valid token, and
    /// the model nothing loaded threw (the fuzz's POST to /training//check reached the guidance catch-all: 500).
    /// </summary>
    [Theory]
    [InlineData("/signs-of-abuse/children")]
    [InlineData("/training//check")]
    [InlineData("/who-to-call")]
    public async Task APostWithAValidTokenToAPageWithoutAHandlerForIt_Is405(string url)
    {
        var j = new JourneyClient(portal.CreateBrowserlessClient());
        await j.OpenAsync("/pledge");
        var token = j.Page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var response = await j.Http.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("x", "y")]));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        AssertNoServerErrors();
    }

    /// <summary>
    /// A body over a page's own size limit (head counts take a 100 KB upload): Kestrel throws while the form is read,
    /// which must be its 413, not a 500. The test server enforces no body size, so the filter is called directly.
    /// </summary>
    [Theory]
    [InlineData(StatusCodes.Status413PayloadTooLarge)]
    [InlineData(StatusCodes.Status400BadRequest)]
    public async Task AFormTheServerStopsReading_IsItsOwn4xx(int status)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.ContentType = "application/x-www-form-urlencoded";
        http.Features.Set<IFormFeature>(new UnreadableForm(new BadHttpRequestException("Request body too large.", status)));
        var context = new AuthorizationFilterContext(new ActionContext(http, new RouteData(), new ActionDescriptor()), []);

        await new UnreadableForms().OnAuthorizationAsync(context);

        Assert.Equal(status, Assert.IsType<StatusCodeResult>(context.Result).StatusCode);
    }

    /// <summary>
    /// A NUL in a field (sent as multipart, say) reached PostgreSQL, which refuses it in text: the sign-in's email
    /// lookup answered 500. A form with a NUL is now refused (400) before any handler runs.
    /// </summary>
    [Theory]
    [InlineData("/account/sign-in", "Email", "fuzz\0@example.org")]
    [InlineData("/pledge", "name", "Fuzz\0Tester")]
    [InlineData("/report/immediate-danger", "answer", "no\0")]
    public async Task AFormFieldWithANulCharacter_Is400(string url, string field, string value)
    {
        var j = new JourneyClient(portal.CreateBrowserlessClient());
        var token = await TokenAsync(j, url);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(value), field },
            { new StringContent("not-the-password"), "Password" },
        };

        using var response = await j.Http.PostAsync(url, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNoServerErrors();
    }

    /// <summary>/pledge/yours/%20/withdraw: model binding made the blank token null, and reading it threw (500).</summary>
    [Theory]
    [InlineData("/pledge/yours/%20/Withdraw")]
    [InlineData("/pledge/yours/%20/Renew")]
    public async Task APledgeActionWithABlankToken_IsNotFound(string url)
    {
        var j = new JourneyClient(portal.CreateBrowserlessClient());
        var token = await TokenAsync(j, "/pledge");

        using var response = await j.Http.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertNoServerErrors();
    }

    /// <summary>A case form with a blank "Reference" field (it binds before the route's): null made the case lookup throw (500).</summary>
    [Fact]
    public async Task ACaseFormWithABlankReferenceField_IsNotFound()
    {
        var user = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null), (PortalRole.ChildrenTeam, nameof(PortalRole.ChildrenTeam))]);
        var j = new JourneyClient(portal.ClientFor(user));
        var token = await TokenAsync(j, "/pledge");

        using var response = await j.Http.PostAsync("/inbox/NTS-NOSUCH01?handler=Note", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Reference", ""), new("Note", "x")]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertNoServerErrors();
    }

    private static async Task<string> TokenAsync(JourneyClient j, string page)
    {
        await j.OpenAsync(page);
        return j.Page.QuerySelector("form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    private async Task StartDraftAsync()
    {
        var j = new JourneyClient(portal.CreateBrowserlessClient());
        await j.OpenAsync("/report/immediate-danger");
        await j.AnswerAsync(("answer", "no"), ("website", ""));
    }

    private async Task ChangeDraftAsync(Action<ReportDraft> change)
    {
        using var other = portal.Services.CreateScope();
        var db = other.ServiceProvider.GetRequiredService<PortalDbContext>();
        change(await db.Set<ReportDraft>().SingleAsync());
        await db.SaveChangesAsync();
    }

    private sealed class UnreadableForm(Exception error) : IFormFeature
    {
        public bool HasFormContentType => true;

        public IFormCollection? Form { get; set; }

        public IFormCollection ReadForm() => throw error;

        public Task<IFormCollection> ReadFormAsync(CancellationToken cancellationToken) => Task.FromException<IFormCollection>(error);
    }
}
