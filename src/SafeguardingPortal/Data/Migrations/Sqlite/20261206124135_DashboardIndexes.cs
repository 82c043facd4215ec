using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafeguardingPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ConcernDestinations_ConcernId",
                table: "ConcernDestinations");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_ReceivedAt",
                table: "Concerns",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernDestinations_ConcernId_Team",
                table: "ConcernDestinations",
                columns: new[] { "ConcernId", "Team" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Concerns_ReceivedAt",
                table: "Concerns");

            migrationBuilder.DropIndex(
                name: "IX_ConcernDestinations_ConcernId_Team",
                table: "ConcernDestinations");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernDestinations_ConcernId",
                table: "ConcernDestinations",
                column: "ConcernId");
        }
    }
}
