namespace SafeguardingPortal.Features.Champions.Briefings;

/// <summary>How a briefing was delivered: one of the three inputs a champion must give.</summary>
public enum BriefingFormat
{
    InPerson,
    Online,
    Hybrid,
}
