using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Pledges;

/// <summary>What the pledge card draws. The QR code carries only the reporting page and its source tag, never who pledged.</summary>
public sealed record PledgeCardView(Pledge Pledge, string? Name, ContactsFile Contacts, string QrCodeUrl, Uri ReportUrl, bool Square);
