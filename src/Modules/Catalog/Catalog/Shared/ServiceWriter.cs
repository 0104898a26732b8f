using Dapper;
using Npgsql;

namespace WellPath.Catalog.Shared;

/// <summary>Writes a valid <see cref="ServiceRequest"/> with the contract's defaults; create and update share it.</summary>
internal static class ServiceWriter
{
    private const string InsertSql = """
        insert into catalog.services (
            id, name, category_id, description, duration_minutes, step_minutes, buffer_before_minutes, buffer_after_minutes,
            price_cents, currency, room_type_id, visibility, season_start, season_end, requires_approval, min_notice_minutes,
            max_advance_days, cancellation_window_hours, prep_notes, follow_up_rule, created_at, updated_at)
        values (
            @Id, @Name, @CategoryId, @Description, @DurationMinutes, @StepMinutes, @BufferBeforeMinutes, @BufferAfterMinutes,
            @PriceCents, @Currency, @RoomTypeId, @Visibility, @SeasonStart::date, @SeasonEnd::date, @RequiresApproval, @MinNoticeMinutes,
            @MaxAdvanceDays, @CancellationWindowHours, @PrepNotes, @FollowUpRule, @Now, @Now)
        """;

    private const string UpdateSql = """
        update catalog.services
        set name = @Name, category_id = @CategoryId, description = @Description, duration_minutes = @DurationMinutes,
            step_minutes = @StepMinutes, buffer_before_minutes = @BufferBeforeMinutes, buffer_after_minutes = @BufferAfterMinutes,
            price_cents = @PriceCents, currency = @Currency, room_type_id = @RoomTypeId, visibility = @Visibility,
            season_start = @SeasonStart::date, season_end = @SeasonEnd::date, requires_approval = @RequiresApproval,
            min_notice_minutes = @MinNoticeMinutes, max_advance_days = @MaxAdvanceDays,
            cancellation_window_hours = @CancellationWindowHours, prep_notes = @PrepNotes, follow_up_rule = @FollowUpRule, updated_at = @Now
        where id = @Id
        """;

    // The no-op update locks and returns an existing category, so two services naming a new one share it.
    private const string CategorySql = """
        insert into catalog.service_categories (id, name, created_at) values (@Id, @Name, @Now)
        on conflict (name_key) do update set name = catalog.service_categories.name
        returning id
        """;

    private const string DeleteLinksSql = """
        delete from catalog.service_locations where service_id = @Id;
        delete from catalog.service_practitioners where service_id = @Id;
        """;

    private const string InsertLinksSql = """
        insert into catalog.service_locations (service_id, location_id) select @Id, unnest(@LocationIds);
        insert into catalog.service_practitioners (service_id, practitioner_id) select @Id, unnest(@PractitionerIds);
        """;

    public static Task InsertAsync(NpgsqlTransaction transaction, Guid id, ServiceRequest request, DateTimeOffset now, CancellationToken cancellationToken) =>
        WriteAsync(InsertSql, transaction, id, request, now, cancellationToken);

    public static Task UpdateAsync(NpgsqlTransaction transaction, Guid id, ServiceRequest request, DateTimeOffset now, CancellationToken cancellationToken) =>
        WriteAsync(UpdateSql, transaction, id, request, now, cancellationToken);

    private static async Task WriteAsync(string sql, NpgsqlTransaction transaction, Guid id, ServiceRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        var category = request.Category.TrimToNull();
        Guid? categoryId = category is null ? null : await connection.ExecuteScalarAsync<Guid>(new CommandDefinition(
            CategorySql, new { Id = Guid.CreateVersion7(now), Name = category, Now = now }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            Id = id,
            Name = request.Name!.Trim(),
            CategoryId = categoryId,
            Description = request.Description.TrimToNull(),
            DurationMinutes = request.DurationMinutes!.Value,
            StepMinutes = request.StepMinutes ?? ServiceRules.DefaultStepMinutes,
            BufferBeforeMinutes = request.BufferBeforeMinutes ?? 0,
            BufferAfterMinutes = request.BufferAfterMinutes ?? 0,
            PriceCents = request.PriceCents!.Value,
            request.Currency,
            request.RoomTypeId,
            request.Visibility,
            SeasonStart = LocalFormats.Date(request.SeasonStart),
            SeasonEnd = LocalFormats.Date(request.SeasonEnd),
            RequiresApproval = request.RequiresApproval ?? false,
            MinNoticeMinutes = request.MinNoticeMinutes ?? 0,
            MaxAdvanceDays = request.MaxAdvanceDays ?? ServiceRules.DefaultMaxAdvanceDays,
            CancellationWindowHours = request.CancellationWindowHours ?? ServiceRules.DefaultCancellationWindowHours,
            PrepNotes = request.PrepNotes.TrimToNull(),
            FollowUpRule = request.FollowUpRule.TrimToNull(),
            Now = now,
        }, transaction, cancellationToken: cancellationToken));
        var links = new { Id = id, LocationIds = request.LocationIds!.ToArray(), PractitionerIds = request.PractitionerIds!.ToArray() };
        await connection.ExecuteAsync(new CommandDefinition(DeleteLinksSql, links, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(InsertLinksSql, links, transaction, cancellationToken: cancellationToken));
    }
}
