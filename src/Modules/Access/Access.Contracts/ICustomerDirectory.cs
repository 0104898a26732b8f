using Npgsql;

namespace WellPath.Access.Contracts;

/// <summary>The customers who book. A booking finds or creates its customer by email in its own transaction.</summary>
public interface ICustomerDirectory
{
    Task<Guid> FindOrCreateAsync(CustomerDetails details, NpgsqlTransaction transaction, CancellationToken cancellationToken);

    Task<CustomerDetails?> FindAsync(Guid customerId, CancellationToken cancellationToken);
}

public sealed record CustomerDetails(string Name, string Email, string? Phone);
