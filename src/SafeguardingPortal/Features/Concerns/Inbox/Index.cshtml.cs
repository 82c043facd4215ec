using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Accounts.Authorization;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Web.Alerts;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.Inbox;

/// <summary>
/// The concerns routed to the teams the signed-in person works in (every team for the safeguarding lead), most
/// urgent first, with the working-day clock; and the early-help follow-ups that are overdue.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(InboxQuery query, InboxClock clock, IAuthorizationService authorization, PortalDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Team { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Phase { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Urgency { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Age { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Overdue { get; set; }

    public IReadOnlyList<Team> Teams { get; private set; } = [];

    public IReadOnlyList<InboxRow> Rows { get; private set; } = [];

    public IReadOnlyList<InboxRow> FollowUpsDue { get; private set; } = [];

    /// <summary>Open alerts for these teams, such as their mailbox bouncing notifications: new reports may be unseen.</summary>
    public IReadOnlyList<Alert> Alerts { get; private set; } = [];

    public bool ShowQuarantine => User.Has(PortalRole.SafeguardingLead);

    public IEnumerable<FormField> Filters =>
    [
        .. Teams.Count > 1 ? [new SelectField(nameof(Team), "Team", [new("", "All teams"), .. Teams.Select(t => new ChoiceOption(CaseAccess.Slug(t), InboxText.Team(t)))], Team)] : Array.Empty<FormField>(),
        new SelectField(nameof(Phase), "Status", [new(InboxFilter.Open, "Open"), .. Enum.GetValues<CaseStatus>().Select(s => new ChoiceOption(s.ToString(), InboxText.Status(s))), new(InboxFilter.All, "All")], Phase ?? InboxFilter.Open),
        new SelectField(nameof(Urgency), "Urgency", [new("", "Any"), .. Enum.GetValues<Urgency>().Select(u => new ChoiceOption(u.ToString(), u.ToString()))], Urgency),
        new SelectField(nameof(Age), "Received", [new("", "Any time"), new("today", "Today"), new("week", "In the last 7 days"), new("older", "More than 7 days ago")], Age),
        new ChoiceField(nameof(Overdue), "Deadline", [new("yes", "Overdue only")], Overdue == "yes" ? ["yes"] : [], Multiple: true),
    ];

    public async Task OnGetAsync()
    {
        // The resource check decides which teams' concerns this person sees, the same check that opens one concern.
        var teams = new List<Team>();
        foreach (var team in CaseAccess.InboxTeams)
        {
            if ((await authorization.AuthorizeAsync(User, new ConcernResource([team]), ResourceAccess.Concern)).Succeeded)
            {
                teams.Add(team);
            }
        }

        Teams = teams;
        var all = await query.RowsAsync(teams);
        var filter = new InboxFilter(CaseAccess.FromSlug(Team), Phase ?? InboxFilter.Open, InboxText.Parse<Urgency>(Urgency), Age, Overdue == "yes");
        Rows = [.. all.Where(r => filter.Matches(r, clock.Today))];
        FollowUpsDue = [.. all.Where(r => r.FollowUpOn < clock.Today).OrderBy(r => r.FollowUpOn)];
        var keys = teams.Select(CaseAccess.Slug).ToList();
        Alerts = await db.Set<Alert>().Where(a => a.ResolvedAt == null && a.Team != null && keys.Contains(a.Team)).OrderByDescending(a => a.RaisedAt).ToListAsync();
    }
}
