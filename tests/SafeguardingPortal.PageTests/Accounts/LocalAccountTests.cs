using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Audit;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.PageTests.Accounts;

/// <summary>
/// Members and partners: invited by an administrator, email confirmed through the outbox, a password by NCSC's
/// rules, and an authenticator app before any privileged role works.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed partial class LocalAccountTests(PortalFactory portal)
{
    [Fact]
    public async Task Invitation_confirmation_password_and_authenticator_unlock_a_privileged_role()
    {
        var email = $"cllr.{Guid.NewGuid():N}@members.example";
        var person = await InviteAsync(email, "Councillor Ada Lovelace", "Member");
        await GrantAsync(person, "Administrator");

        // The invitation waits in the outbox, its link the only way to set a password.
        var visitor = new JourneyClient(portal.CreateBrowserlessClient());
        await visitor.OpenAsync(await InvitationLinkAsync(email));
        Assert.Equal("Accept your invitation", visitor.Heading);
        await visitor.AnswerAsync(("Password", "short"), ("ConfirmPassword", "short"));
        Assert.Contains("Passwords must be at least 12 characters.", visitor.Errors);
        await visitor.AnswerAsync(("Password", "password12345"), ("ConfirmPassword", "password12345"));
        Assert.Contains("Password is too easy to guess: try three random words", visitor.Errors);
        await visitor.AnswerAsync(("Password", "kettle orbit marigold"), ("ConfirmPassword", "kettle orbit marigold"));

        // Signed in, but the Administrator role waits for a second factor.
        Assert.Equal("/account/authenticator", visitor.Path);
        Assert.Equal(403, (int)(await visitor.Http.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
        var key = visitor.Page.QuerySelector(".nts-authenticator-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        Assert.NotNull(visitor.Page.QuerySelector("img[src^='data:image/png;base64,'][alt]"));
        await visitor.AnswerAsync(("Code", "000000"));
        Assert.Contains("The code is not right. Enter the 6-digit code your app shows now.", visitor.Errors);
        await visitor.AnswerAsync(("Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.Equal("/account", visitor.Path);
        Assert.Equal(200, (int)(await visitor.Http.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);

        // Next time: password, then a code.
        await visitor.PressAsync("Sign out");
        await visitor.OpenAsync("/account/sign-in");
        await visitor.PressAsync("Sign in", ("Email", email), ("Password", "kettle orbit marigold"));
        Assert.Equal("/account/sign-in/code", visitor.Path);
        await visitor.AnswerAsync(("Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.Equal("/account", visitor.Path);
        Assert.Contains("Administrator", visitor.Page.QuerySelector("#roles")!.TextContent);

        await using var scope = portal.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditEvent>()
            .Where(e => e.SubjectId == person.ToString()).Select(e => e.Action).ToListAsync();
        Assert.Contains("account.invited", audit);
        Assert.Contains("role.granted", audit);
        Assert.Contains("second-factor.enrolled", audit);
    }

    [Fact]
    public async Task A_member_without_a_privileged_role_needs_no_authenticator()
    {
        var email = $"cllr.{Guid.NewGuid():N}@members.example";
        await InviteAsync(email, "Councillor Grace Hopper", "Member");

        var visitor = new JourneyClient(portal.CreateBrowserlessClient());
        await visitor.OpenAsync(await InvitationLinkAsync(email));
        await visitor.AnswerAsync(("Password", "harbour lantern pebble"), ("ConfirmPassword", "harbour lantern pebble"));

        Assert.Equal("/account", visitor.Path);
        Assert.Contains("Elected Member", visitor.Page.QuerySelector("#roles")!.TextContent);
    }

    [Fact]
    public async Task An_invitation_link_works_once()
    {
        var email = $"partner.{Guid.NewGuid():N}@school.example";
        await InviteAsync(email, "Alan Turing", "Partner", ("Organisation", "Bletchley Primary School"));
        var link = await InvitationLinkAsync(email);
        var visitor = new JourneyClient(portal.CreateBrowserlessClient());
        await visitor.OpenAsync(link);
        await visitor.AnswerAsync(("Password", "copper meadow violin"), ("ConfirmPassword", "copper meadow violin"));

        var stranger = new JourneyClient(portal.CreateBrowserlessClient());
        await stranger.OpenAsync(link);
        Assert.Equal("This invitation link does not work", stranger.Heading);
        await stranger.OpenAsync(link.Replace("token=", "token=x", StringComparison.Ordinal));
        Assert.Equal("This invitation link does not work", stranger.Heading);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_say_so()
    {
        var email = $"cllr.{Guid.NewGuid():N}@members.example";
        await InviteAsync(email, "Councillor Mary Somerville", "Member");
        var visitor = new JourneyClient(portal.CreateBrowserlessClient());
        await visitor.OpenAsync(await InvitationLinkAsync(email));
        await visitor.AnswerAsync(("Password", "granite willow thimble"), ("ConfirmPassword", "granite willow thimble"));
        await visitor.PressAsync("Sign out");

        var attacker = new JourneyClient(portal.CreateBrowserlessClient());
        for (var i = 0; i < 5; i++)
        {
            await attacker.OpenAsync("/account/sign-in");
            await attacker.PressAsync("Sign in", ("Email", email), ("Password", "wrong guess " + i));
        }

        Assert.Contains("Your account is locked after too many attempts. Try again in 15 minutes.", attacker.Errors);
        await attacker.OpenAsync("/account/sign-in");
        await attacker.PressAsync("Sign in", ("Email", email), ("Password", "granite willow thimble"));
        Assert.Equal("/account/sign-in", attacker.Path[..16]);
        Assert.Equal(email, attacker.Page.QuerySelector("#Email")!.GetAttribute("value"));
    }

    private async Task<Guid> InviteAsync(string email, string name, string kind, params (string, string)[] extra)
    {
        var admin = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Administrator, null)]);
        var client = new JourneyClient(portal.ClientFor(admin));
        await client.OpenAsync("/admin/users/invite");
        await client.AnswerAsync([("DisplayName", name), ("Email", email), ("Kind", kind), .. extra]);
        Assert.Empty(client.Errors);
        Assert.Matches("^/admin/users/[0-9a-f-]{36}$", client.Path);
        return Guid.Parse(client.Path["/admin/users/".Length..]);
    }

    private async Task GrantAsync(Guid person, string role)
    {
        var admin = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Administrator, null)]);
        var client = new JourneyClient(portal.ClientFor(admin));
        await client.OpenAsync($"/admin/users/{person}");
        await client.PressAsync("Give role", ("Role", role));
        Assert.Empty(client.Errors);
    }

    private async Task<string> InvitationLinkAsync(string email)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var message = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<OutboxMessage>()
            .Where(m => m.Kind == Invitations.EmailKind && m.Recipient == email).OrderByDescending(m => m.CreatedAt).FirstAsync();
        var link = new Uri(InvitationLink().Match(message.TextBody).Value);
        Assert.Equal("portal.test", link.Host);
        return link.PathAndQuery;
    }

    [GeneratedRegex(@"https://\S+/account/invitation\?\S+")]
    private static partial Regex InvitationLink();
}
