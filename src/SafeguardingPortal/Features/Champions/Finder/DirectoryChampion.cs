using SafeguardingPortal.Features.Champions.Briefings;

namespace SafeguardingPortal.Features.Champions.Finder;

/// <summary>
/// A champion as the directory shows them: their name, when they passed the champion course, and whether they are
/// active (a session in the last six months, <see cref="ChampionActivity"/>). Never their email or phone.
/// </summary>
public sealed record DirectoryChampion(Guid UserId, string Department, string Name, DateOnly? TrainedOn, DateOnly? LastSession)
{
    public bool IsActiveOn(DateOnly today) => ChampionActivity.IsActive(LastSession, today);
}
