using Dapper;
using Npgsql;
using WellPath.Access.Contracts;
using WellPath.SharedKernel.Audit;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Data;

namespace WellPath.Access.Customers;

/// <summary>Reading a customer's details is a sensitive read: each customer read is audited with who read it.</summary>
internal sealed class CustomerDirectory(NpgsqlDataSource dataSource, IAuditTrail audit, TimeProvider clock) : ICustomerDirectory
{
    // A returning customer is found without a write. A new one is inserted; when two bookings race for one new email,
    // the loser's insert meets the winner's row and the no-op update hands back its id: one customer per email.
    private const string UpsertSql = """
        with found as (select id from access.customers where email_key = lower(@CustomerEmail)),
        created as (
            insert into access.customers (id, email, name, phone, created_at, updated_at)
            select @CustomerId, @CustomerEmail, @CustomerName, @CustomerPhone, @CustomerNow, @CustomerNow
            where not exists (select from found)
            on conflict (email_key) do update set email = access.customers.email
            returning id)
        select id from found
        union all
        select id from created
        """;

    private const string FindSql = "select id, name, email, phone from access.customers where id = any(@Ids)";

    // A contains-match on name and email, and on the phone's digits when the query has enough of them to mean a number.
    // Each arm has a trigram index (access migration 0003); the digits arm's expression is the index's, and without
    // digits its pattern is null, so the arm drops out of the plan (or, in a generic plan, its index scan finds nothing).
    internal const string SearchSql = """
        select id, name, email, phone from access.customers
        where name ilike @Pattern escape '\'
           or email ilike @Pattern escape '\'
           or regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g') like '%' || nullif(@Digits, '') || '%'
        order by name, id
        limit @Limit
        """;

    public Task<Guid> FindOrCreateAsync(CustomerDetails details, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        transaction.Connection!.ExecuteScalarAsync<Guid>(new CommandDefinition(UpsertSql, UpsertParameters(details), transaction, cancellationToken: cancellationToken));

    public BatchResult<Guid> AddFindOrCreateTo(QueryBatch batch, CustomerDetails details) =>
        batch.Add(UpsertSql, UpsertParameters(details), grid => grid.ReadSingleAsync<Guid>());

    private object UpsertParameters(CustomerDetails details)
    {
        var now = clock.GetUtcNow();
        return new
        {
            CustomerId = Guid.CreateVersion7(now), CustomerEmail = details.Email.Trim(), CustomerName = details.Name.Trim(), CustomerPhone = details.Phone, CustomerNow = now,
        };
    }

    public async Task<CustomerDetails?> FindAsync(Guid customerId, CancellationToken cancellationToken) =>
        (await FindManyAsync([customerId], cancellationToken)).GetValueOrDefault(customerId);

    public async Task<IReadOnlyDictionary<Guid, CustomerDetails>> FindManyAsync(IReadOnlyCollection<Guid> customerIds, CancellationToken cancellationToken)
    {
        if (customerIds.Count == 0)
        {
            return new Dictionary<Guid, CustomerDetails>();
        }
        var found = await ReadAuditedAsync(FindSql, new { Ids = customerIds.Distinct().ToArray() }, "customer.viewed", null, cancellationToken);
        return found.ToDictionary(c => c.Id, c => new CustomerDetails(c.Name, c.Email, c.Phone));
    }

    public async Task<IReadOnlyList<CustomerMatch>> SearchAsync(string query, CallerScope caller, CancellationToken cancellationToken)
    {
        var text = query.Trim();
        if (caller.Role is null || !CustomerSearch.Roles.Contains(caller.Role) || text.Length is < CustomerSearch.MinLength or > CustomerSearch.MaxLength)
        {
            return [];
        }
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        var parameters = new { Pattern = $"%{EscapeLike(text)}%", Digits = digits.Length >= 4 ? digits : "", Limit = CustomerSearch.MaxResults };
        return await ReadAuditedAsync(SearchSql, parameters, "customer.searched", new { query = text }, cancellationToken);
    }

    /// <summary>Reads customers and records one audit event per customer read, in one transaction: no read without its trace.</summary>
    private async Task<IReadOnlyList<CustomerMatch>> ReadAuditedAsync(string sql, object parameters, string action, object? changes, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<CustomerMatch>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken))).ToList();
        await audit.RecordManyAsync(rows.Select(r => new AuditEntry(action, "customer", r.Id.ToString(), changes)).ToList(), transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    private static string EscapeLike(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
