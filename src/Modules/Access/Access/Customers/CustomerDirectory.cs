using Dapper;
using Npgsql;
using WellPath.Access.Contracts;
using WellPath.SharedKernel.Audit;

namespace WellPath.Access.Customers;

/// <summary>Reading a customer's details is a sensitive read: each one is audited with who read it.</summary>
internal sealed class CustomerDirectory(NpgsqlDataSource dataSource, IAuditTrail audit, TimeProvider clock) : ICustomerDirectory
{
    // The row is locked by the upsert, so two bookings for one new email make one customer.
    private const string UpsertSql = """
        insert into access.customers (id, email, name, phone, created_at, updated_at)
        values (@Id, @Email, @Name, @Phone, @Now, @Now)
        on conflict (email_key) do update set updated_at = excluded.updated_at
        returning id
        """;

    private const string FindSql = "select name, email, phone from access.customers where id = @Id";

    public async Task<Guid> FindOrCreateAsync(CustomerDetails details, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await transaction.Connection!.ExecuteScalarAsync<Guid>(new CommandDefinition(
            UpsertSql,
            new { Id = Guid.CreateVersion7(now), Email = details.Email.Trim(), Name = details.Name.Trim(), details.Phone, Now = now },
            transaction,
            cancellationToken: cancellationToken));
    }

    public async Task<CustomerDetails?> FindAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var details = await connection.QuerySingleOrDefaultAsync<CustomerDetails>(new CommandDefinition(
            FindSql, new { Id = customerId }, transaction, cancellationToken: cancellationToken));
        if (details is not null)
        {
            await audit.RecordAsync(new AuditEntry("customer.viewed", "customer", customerId.ToString()), transaction, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return details;
    }
}
