namespace WellPath.SharedKernel.Auth;

/// <summary>Who is acting right now: a signed-in person, a token, a customer, anonymous, or the system (jobs).</summary>
public interface ICurrentActor
{
    string ActorId { get; }

    string ActorKind { get; }

    string? Address { get; }

    string? RequestId { get; }

    bool IsInRole(string role);
}
