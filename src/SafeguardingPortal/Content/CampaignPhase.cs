namespace SafeguardingPortal.Content;

public sealed record CampaignPhase(string Id, string Name, Audience Audience, DateOnly Start, DateOnly End, string Headline)
{
    public const string Evergreen = "evergreen";

    public bool IsRunningOn(DateOnly date) => date >= Start && date <= End;
}

public enum Audience
{
    Public,
    Staff,
    All,
}
