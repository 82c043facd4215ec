namespace SafeguardingPortal.Features.Training;

/// <summary>What the questions form shows: the attempt it submits to and its drawn questions in order.</summary>
public sealed record DrawnCheck(Guid AttemptId, IReadOnlyList<Question> Questions);
