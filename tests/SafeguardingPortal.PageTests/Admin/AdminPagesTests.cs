using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Admin;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Audit;

namespace SafeguardingPortal.PageTests.Admin;

/// <summary>Administrators assign roles, departments, line managers and head-counts; every privileged grant is audited.</summary>
[Collection(SharedPortal.Name)]
public sealed class AdminPagesTests(PortalFactory portal)
{
    [Fact]
    public async Task Granting_and_removing_a_privileged_role_is_audited_and_ends_the_persons_sessions()
    {
        var admin = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Administrator, null)]);
        var person = await TestUsers.CreateAsync(portal, department: "open-spaces", roles: [(PortalRole.Staff, null)]);
        var page = new JourneyClient(portal.ClientFor(admin));

        await page.OpenAsync($"/admin/users/{person.Id}");
        await page.PressAsync("Give role", ("Role", "Champion"));
        Assert.Contains("Safeguarding champion: open-spaces", page.Page.QuerySelector("#roles")!.TextContent);
        Assert.Equal("Role given", page.Page.QuerySelector(".govuk-notification-banner__heading")!.TextContent.Trim());

        await page.PressAsync("Remove Safeguarding champion");
        Assert.DoesNotContain("champion", page.Page.QuerySelector("#roles")!.TextContent, StringComparison.Ordinal);

        var audit = await AuditAsync(person.Id);
        Assert.Equal(["role.granted:Champion=open-spaces", "role.revoked:Champion=open-spaces"], audit);
        Assert.All(await ActorsAsync(person.Id), actor => Assert.Equal(admin.Id, actor));
    }

    [Fact]
    public async Task A_role_change_signs_the_person_out_everywhere()
    {
        var admin = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Administrator, null)]);
        var person = await TestUsers.CreateAsync(portal, AccountKind.Local, roles: [(PortalRole.Member, null)]);
        await TestUsers.SetPasswordAsync(portal, person, "tangerine comet ladder");
        var member = new JourneyClient(portal.CreateBrowserlessClient());
        await member.OpenAsync("/account/sign-in");
        await member.PressAsync("Sign in", ("Email", person.Email!), ("Password", "tangerine comet ladder"));
        Assert.Equal("/account", member.Path);

        var page = new JourneyClient(portal.ClientFor(admin));
        await page.OpenAsync($"/admin/users/{person.Id}");
        await page.PressAsync("Give role", ("Role", "Committee"));

        await member.OpenAsync("/account");
        Assert.StartsWith("/account/sign-in", member.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Champion", "", "", "Select the department, or give the person a department first")]
    [InlineData("TeamManager", "", "", "Select the team they manage")]
    [InlineData("Partner", "", "", "Give the person an organisation before making them a partner")]
    [InlineData("Root", "", "", "Select a role")]
    [InlineData("3", "", "", "Select a role")]
    [InlineData("Champion", "narnia", "", "Select the department, or give the person a department first")]
    public async Task A_role_without_its_scope_is_refused_with_a_reason(string role, string scope, string team, string error)
    {
        var admin = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Administrator, null)]);
        var person = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        var page = new JourneyClient(portal.ClientFor(admin));

        await page.OpenAsync($"/admin/users/{person.Id}");
        await page.PressAsync("Give role", ("Role", role), ("Scope", scope), ("Team", team));

        Assert.Equal([error], page.Errors);
        Assert.Empty(await AuditAsync(person.Id));
    }

    [Fact]
    public async Task Roles_from_Entra_ID_cannot_be_removed_here_and_nobody_removes_their_own_administrator_role()
    {
        var admin = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Administrator, null)]);
        var page = new JourneyClient(portal.ClientFor(admin));
        await page.OpenAsync($"/admin/users/{admin.Id}");

        await page.PressAsync("Remove Administrator");

        Assert.Equal(["You cannot remove your own Administrator role: ask another administrator"], page.Errors);
        Assert.Contains("Administrator", page.Page.QuerySelector("#roles")!.TextContent, StringComparison.Ordinal);

        var staff = await TestUsers.CreateAsync(portal);
        var fromEntra = new RoleGrant { Id = Guid.NewGuid(), UserId = staff.Id, Role = PortalRole.Champion, Scope = "open-spaces", Source = GrantSource.EntraId };
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Add(fromEntra);
            await db.SaveChangesAsync();
        }

        await page.OpenAsync($"/admin/users/{staff.Id}");
        Assert.Contains("From Entra ID", page.Page.QuerySelector("#roles")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.Page.QuerySelectorAll("#roles form"));
        using var forged = await page.Http.PostAsync(
            new Uri($"/admin/users/{staff.Id}?handler=Revoke", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", page.Page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), new("grantId", fromEntra.Id.ToString())]));
        Assert.Equal(404, (int)forged.StatusCode);
    }

    [Fact]
    public async Task Details_set_the_department_line_manager_and_training_level_and_keep_answers_on_error()
    {
        var admin = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Administrator, null)]);
        var manager = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        var person = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        var page = new JourneyClient(portal.ClientFor(admin));
        await page.OpenAsync($"/admin/users/{person.Id}");

        await page.PressAsync("Save details", ("Department", "barbican-centre"), ("LineManagerEmail", "nobody@nowhere.example"), ("ContactRole", "yes"));
        Assert.Equal(["Enter the email address of someone with an account"], page.Errors);
        Assert.Equal("barbican-centre", page.Page.QuerySelector("#Department option[selected]")!.GetAttribute("value"));
        Assert.Equal("nobody@nowhere.example", page.Page.QuerySelector("#LineManagerEmail")!.GetAttribute("value"));

        await page.PressAsync("Save details", ("Department", "barbican-centre"), ("LineManagerEmail", manager.Email!), ("ContactRole", "yes"));
        Assert.Empty(page.Errors);

        // The manager now sees them; a colleague does not.
        var managed = new JourneyClient(portal.ClientFor(manager));
        await managed.OpenAsync("/account");
        await managed.OpenAsync(managed.Page.QuerySelector("#reports a")!.GetAttribute("href")!);
        Assert.Equal(200, (int)managed.Status);
        Assert.Contains("Level 2", managed.Text, StringComparison.Ordinal);
        var colleague = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        using var refused = await portal.ClientFor(colleague).GetAsync(new Uri($"/account/people/{person.Id}", UriKind.Relative));
        Assert.Equal(403, (int)refused.StatusCode);
    }

    [Fact]
    public async Task Moving_department_moves_the_department_roles_Entra_ID_gave()
    {
        var admin = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Administrator, null)]);
        var person = await TestUsers.CreateAsync(portal, department: "open-spaces");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Add(new RoleGrant { Id = Guid.NewGuid(), UserId = person.Id, Role = PortalRole.Champion, Scope = "open-spaces", Source = GrantSource.EntraId });
            await db.SaveChangesAsync();
        }

        var page = new JourneyClient(portal.ClientFor(admin));
        await page.OpenAsync($"/admin/users/{person.Id}");
        await page.PressAsync("Save details", ("Department", "barbican-centre"), ("LineManagerEmail", ""), ("ContactRole", "no"));

        Assert.Contains("Safeguarding champion: barbican-centre", page.Page.QuerySelector("#roles")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["role.revoked:Champion=open-spaces", "role.granted:Champion=barbican-centre"], (await AuditAsync(person.Id)).Where(a => a.StartsWith("role.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Head_counts_are_typed_in_or_imported_and_a_bad_file_saves_nothing()
    {
        var admin = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Administrator, null)]);
        var page = new JourneyClient(portal.ClientFor(admin));
        await page.OpenAsync("/admin/head-counts");

        await page.PressAsync("Save head-count", ("Population", "guildhall-school"), ("Count", "ten"), ("from-day", "31"), ("from-month", "2"), ("from-year", "2026"));
        Assert.Equal(["Enter the head-count as a whole number from 0 to 100,000", "Enter the date it applies from as a real date, for example 1 4 2026"], page.Errors);
        Assert.Equal("31", page.Page.QuerySelector("#from-day")!.GetAttribute("value"));

        await page.PressAsync("Save head-count", ("Population", "guildhall-school"), ("Count", "640"), ("from-day", "1"), ("from-month", "4"), ("from-year", "2026"));
        Assert.Empty(page.Errors);
        Assert.Contains("640", Row(page, "Guildhall School of Music and Drama"), StringComparison.Ordinal);

        using var client = portal.ClientFor(admin);
        Assert.Contains("Line 3:", await ImportAsync(client, "department,head_count,effective_from\nmembers,125,2026-04-01\nNarnia,3,2026-04-01\n"), StringComparison.Ordinal);
        Assert.Null(await HeadCountAsync(HeadCount.Members));

        await ImportAsync(client, "department,head_count,effective_from\nmembers,125,2026-04-01\nOpen Spaces,412,2026-04-01\n");
        Assert.Equal(125, await HeadCountAsync(HeadCount.Members));
        Assert.Equal(412, await HeadCountAsync("open-spaces"));
    }

    private static async Task<string> ImportAsync(HttpClient client, string csv)
    {
        var form = new JourneyClient(client);
        await form.OpenAsync("/admin/head-counts");
        var token = form.Page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(csv), "File", "head-counts.csv" },
        };
        using var response = await client.PostAsync(new Uri("/admin/head-counts?handler=Import", UriKind.Relative), content);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Row(JourneyClient page, string name) =>
        page.Page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == name).TextContent;

    private async Task<int?> HeadCountAsync(string population)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<HeadCounts>().CurrentAsync(new DateOnly(2026, 11, 18))).GetValueOrDefault(population)?.Count;
    }

    private async Task<List<string>> AuditAsync(Guid person)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditEvent>()
            .Where(e => e.SubjectId == person.ToString()).OrderBy(e => e.Id).Select(e => e.Action + ":" + e.Detail).ToListAsync();
    }

    private async Task<List<Guid?>> ActorsAsync(Guid person)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditEvent>()
            .Where(e => e.SubjectId == person.ToString()).Select(e => e.ActorId).ToListAsync();
    }
}
