using Npgsql;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Data;

namespace WellPath.Access.Contracts;

/// <summary>
/// The customers who book. A booking finds or creates its customer by email before it writes the appointment (a booking
/// refused as taken leaves the customer, as a returning visitor would be anyway). Every read of a
/// customer's details is a sensitive read and is audited as <c>customer.viewed</c> (or <c>customer.searched</c>), one
/// event per customer, with the reader as actor.
/// </summary>
public interface ICustomerDirectory
{
    /// <summary>
    /// The customer with this email, created with these details if there is none, as a part of <paramref name="batch"/>
    /// (a booking's, with the check of its time), so the customer costs no round trip of its own; its parameter names
    /// start with <c>Customer</c>.
    /// </summary>
    BatchResult<Guid> AddFindOrCreateTo(QueryBatch batch, CustomerDetails details);

    /// <summary>The same, inside the caller's transaction (the start-up transaction that loads demo data).</summary>
    Task<Guid> FindOrCreateAsync(CustomerDetails details, NpgsqlTransaction transaction, CancellationToken cancellationToken);

    Task<CustomerDetails?> FindAsync(Guid customerId, CancellationToken cancellationToken);

    /// <summary>The details of several customers at once (a day's list); unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<Guid, CustomerDetails>> FindManyAsync(IReadOnlyCollection<Guid> customerIds, CancellationToken cancellationToken);

    /// <summary>
    /// Customers whose name, email or phone contains <paramref name="query"/>, for staff who book on someone's behalf:
    /// at most <see cref="CustomerSearch.MaxResults"/>, by name. Customers are one directory for the whole organisation
    /// (one per email), so the search is not limited to the caller's locations; it answers only the front-desk roles
    /// (admin, operations, clinic manager, reception) and nobody else, whatever the caller passes.
    /// </summary>
    Task<IReadOnlyList<CustomerMatch>> SearchAsync(string query, CallerScope caller, CancellationToken cancellationToken);
}

public sealed record CustomerDetails(string Name, string Email, string? Phone);

public sealed record CustomerMatch(Guid Id, string Name, string Email, string? Phone);

public static class CustomerSearch
{
    public const int MinLength = 3;
    public const int MaxLength = 100;
    public const int MaxResults = 10;

    public static readonly IReadOnlyList<string> Roles =
        [SharedKernel.Auth.Roles.Admin, SharedKernel.Auth.Roles.Operations, SharedKernel.Auth.Roles.ClinicManager, SharedKernel.Auth.Roles.Reception];
}
