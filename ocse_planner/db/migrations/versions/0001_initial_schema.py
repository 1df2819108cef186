"""Initial schema: every entity of the design, with its constraints.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-29 05:43:33.747958
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table('column_mapping',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('header_signature', sa.String(length=128), nullable=False),
    sa.Column('mapping', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_column_mapping')),
    sa.UniqueConstraint('header_signature', name=op.f('uq_column_mapping_header_signature'))
    )
    op.create_table('organization',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('acronym', sa.String(length=40), nullable=True),
    sa.Column('kind', sa.Enum('federal_department', 'police_service', 'provincial_ministry', 'ngo', 'academic', 'health_institution', 'private_sector', 'other', name='organization_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('website', sa.String(length=500), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_organization_name_not_blank')),
    sa.CheckConstraint('parent_id IS NULL OR parent_id <> id', name=op.f('ck_organization_not_own_parent')),
    sa.ForeignKeyConstraint(['parent_id'], ['organization.id'], name=op.f('fk_organization_parent_id_organization'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organization')),
    sa.UniqueConstraint('name', name=op.f('uq_organization_name'))
    )
    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organization_parent_id'), ['parent_id'], unique=False)

    op.create_table('sector',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_sector_name_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sector')),
    sa.UniqueConstraint('name', name=op.f('uq_sector_name'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('honorific', sa.String(length=80), nullable=True),
    sa.Column('given_name', sa.String(length=200), nullable=False),
    sa.Column('family_name', sa.String(length=200), nullable=False),
    sa.Column('post_nominals', sa.String(length=120), nullable=True),
    sa.Column('job_title', sa.String(length=500), nullable=True),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('phone', sa.String(length=60), nullable=True),
    sa.Column('time_zone', sa.String(length=64), nullable=True),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('bio', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('length(trim(given_name)) + length(trim(family_name)) > 0', name=op.f('ck_person_has_name')),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_person_organization_id_organization'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index('ix_person_family_given', ['family_name', 'given_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_organization_id'), ['organization_id'], unique=False)

    op.create_table('sector_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('email_domain', 'organization_name', name='sector_rule_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('pattern', sa.String(length=300), nullable=False),
    sa.Column('sector_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['sector_id'], ['sector.id'], name=op.f('fk_sector_rule_sector_id_sector'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sector_rule')),
    sa.UniqueConstraint('kind', 'pattern', name=op.f('uq_sector_rule_kind_pattern'))
    )
    op.create_table('series',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('host_organization_id', sa.Integer(), nullable=True),
    sa.Column('programme', sa.String(length=500), nullable=True),
    sa.Column('objectives', sa.JSON(), nullable=False),
    sa.Column('status', sa.Enum('planning', 'announced', 'running', 'completed', 'archived', name='series_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('participants_reported', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('length(trim(title)) > 0', name=op.f('ck_series_title_not_blank')),
    sa.CheckConstraint('participants_reported IS NULL OR participants_reported >= 0', name=op.f('ck_series_participants_not_negative')),
    sa.CheckConstraint('year BETWEEN 1900 AND 9999', name=op.f('ck_series_year_range')),
    sa.ForeignKeyConstraint(['host_organization_id'], ['organization.id'], name=op.f('fk_series_host_organization_id_organization'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_series')),
    sa.UniqueConstraint('title', 'year', name=op.f('uq_series_title_year'))
    )
    with op.batch_alter_table('series', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_series_host_organization_id'), ['host_organization_id'], unique=False)

    op.create_table('agenda_release',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('series_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('released_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.CheckConstraint('number > 0', name=op.f('ck_agenda_release_number_positive')),
    sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_agenda_release_series_id_series'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_release')),
    sa.UniqueConstraint('series_id', 'number', name=op.f('uq_agenda_release_series_id_number'))
    )
    op.create_table('availability',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('available', 'unavailable', name='availability_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('daily_start', sa.Time(), nullable=True),
    sa.Column('daily_end', sa.Time(), nullable=True),
    sa.Column('time_zone', sa.String(length=64), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.CheckConstraint('(daily_start IS NULL AND daily_end IS NULL) OR (daily_start IS NOT NULL AND daily_end IS NOT NULL AND daily_end > daily_start)', name=op.f('ck_availability_daily_hours_ordered')),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_availability_dates_ordered')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_availability_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_availability'))
    )
    with op.batch_alter_table('availability', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_availability_person_id'), ['person_id'], unique=False)

    op.create_table('personal_data_purge',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('series_id', sa.Integer(), nullable=True),
    sa.Column('purged_at', sa.DateTime(), nullable=False),
    sa.Column('records_purged', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_personal_data_purge_series_id_series'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_personal_data_purge'))
    )
    op.create_table('webinar',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('series_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('theme', sa.Text(), nullable=True),
    sa.Column('starts_at', sa.DateTime(), nullable=True),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(length=200), nullable=True),
    sa.Column('link', sa.String(length=1000), nullable=True),
    sa.Column('status', sa.Enum('draft', 'scheduled', 'held', 'cancelled', name='webinar_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('highlights', sa.Text(), nullable=True),
    sa.Column('participants_reported', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('duration_minutes > 0', name=op.f('ck_webinar_duration_positive')),
    sa.CheckConstraint('length(trim(title)) > 0', name=op.f('ck_webinar_title_not_blank')),
    sa.CheckConstraint('number > 0', name=op.f('ck_webinar_number_positive')),
    sa.CheckConstraint('participants_reported IS NULL OR participants_reported >= 0', name=op.f('ck_webinar_participants_not_negative')),
    sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_webinar_series_id_series'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_webinar')),
    sa.UniqueConstraint('series_id', 'number', name=op.f('uq_webinar_series_id_number'))
    )
    with op.batch_alter_table('webinar', schema=None) as batch_op:
        batch_op.create_index('ix_webinar_starts_at', ['starts_at'], unique=False)

    op.create_table('attendance_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('webinar_id', sa.Integer(), nullable=False),
    sa.Column('person_key', sa.String(length=400), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=True),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('organization_name', sa.String(length=300), nullable=True),
    sa.Column('sector_id', sa.Integer(), nullable=True),
    sa.Column('registered', sa.Boolean(), nullable=False),
    sa.Column('attended', sa.Boolean(), nullable=False),
    sa.Column('minutes_attended', sa.Integer(), nullable=False),
    sa.Column('first_join', sa.DateTime(), nullable=True),
    sa.Column('source_file', sa.String(length=500), nullable=True),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('minutes_attended >= 0', name=op.f('ck_attendance_record_minutes_not_negative')),
    sa.ForeignKeyConstraint(['sector_id'], ['sector.id'], name=op.f('fk_attendance_record_sector_id_sector'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['webinar_id'], ['webinar.id'], name=op.f('fk_attendance_record_webinar_id_webinar'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance_record')),
    sa.UniqueConstraint('webinar_id', 'person_key', name=op.f('uq_attendance_record_webinar_id_person_key'))
    )
    with op.batch_alter_table('attendance_record', schema=None) as batch_op:
        batch_op.create_index('ix_attendance_record_person_key', ['person_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_record_sector_id'), ['sector_id'], unique=False)

    op.create_table('collaboration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('series_id', sa.Integer(), nullable=False),
    sa.Column('webinar_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.Enum('co_host', 'presenting_organization', 'strategy_partner', 'promotion', 'sponsor', 'other', name='collaboration_role', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('status', sa.Enum('proposed', 'in_discussion', 'confirmed', 'declined', 'ended', name='collaboration_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('contact_person_id', sa.Integer(), nullable=True),
    sa.Column('agreement_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_person_id'], ['person.id'], name=op.f('fk_collaboration_contact_person_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_collaboration_organization_id_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_collaboration_series_id_series'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['webinar_id'], ['webinar.id'], name=op.f('fk_collaboration_webinar_id_webinar'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_collaboration')),
    sa.UniqueConstraint('organization_id', 'series_id', 'webinar_id', 'role', name=op.f('uq_collaboration_organization_id_series_id_webinar_id_role'))
    )
    with op.batch_alter_table('collaboration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_collaboration_contact_person_id'), ['contact_person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_collaboration_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_collaboration_series_id'), ['series_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_collaboration_webinar_id'), ['webinar_id'], unique=False)

    op.create_table('presentation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('webinar_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('presentation', 'opening', 'qa', 'break', 'closing', name='agenda_item_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('start_offset_minutes', sa.Integer(), nullable=True),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('resource_links', sa.JSON(), nullable=False),
    sa.Column('placeholder', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('duration_minutes > 0', name=op.f('ck_presentation_duration_positive')),
    sa.CheckConstraint('length(trim(title)) > 0', name=op.f('ck_presentation_title_not_blank')),
    sa.CheckConstraint('position > 0', name=op.f('ck_presentation_position_positive')),
    sa.CheckConstraint('start_offset_minutes IS NULL OR start_offset_minutes >= 0', name=op.f('ck_presentation_offset_not_negative')),
    sa.ForeignKeyConstraint(['webinar_id'], ['webinar.id'], name=op.f('fk_presentation_webinar_id_webinar'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_presentation')),
    sa.UniqueConstraint('webinar_id', 'position', name=op.f('uq_presentation_webinar_id_position'))
    )
    op.create_table('sector_count',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('series_id', sa.Integer(), nullable=False),
    sa.Column('webinar_id', sa.Integer(), nullable=True),
    sa.Column('sector_id', sa.Integer(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=True),
    sa.CheckConstraint('count IS NULL OR count >= 0', name=op.f('ck_sector_count_count_not_negative')),
    sa.ForeignKeyConstraint(['sector_id'], ['sector.id'], name=op.f('fk_sector_count_sector_id_sector'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_sector_count_series_id_series'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['webinar_id'], ['webinar.id'], name=op.f('fk_sector_count_webinar_id_webinar'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sector_count')),
    sa.UniqueConstraint('series_id', 'webinar_id', 'sector_id', name=op.f('uq_sector_count_series_id_webinar_id_sector_id'))
    )
    with op.batch_alter_table('sector_count', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sector_count_webinar_id'), ['webinar_id'], unique=False)

    op.create_table('survey_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('series_id', sa.Integer(), nullable=False),
    sa.Column('webinar_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('statement', sa.Text(), nullable=False),
    sa.Column('responses', sa.Integer(), nullable=True),
    sa.Column('percent_agree', sa.Float(), nullable=False),
    sa.Column('approximate', sa.Boolean(), nullable=False),
    sa.CheckConstraint('length(trim(statement)) > 0', name=op.f('ck_survey_result_statement_not_blank')),
    sa.CheckConstraint('percent_agree BETWEEN 0 AND 100', name=op.f('ck_survey_result_percent_range')),
    sa.CheckConstraint('responses IS NULL OR responses >= 0', name=op.f('ck_survey_result_responses_not_negative')),
    sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_survey_result_series_id_series'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['webinar_id'], ['webinar.id'], name=op.f('fk_survey_result_webinar_id_webinar'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_result'))
    )
    with op.batch_alter_table('survey_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_result_webinar_id'), ['webinar_id'], unique=False)

    op.create_table('action_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('collaboration_id', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('length(trim(description)) > 0', name=op.f('ck_action_item_description_not_blank')),
    sa.ForeignKeyConstraint(['collaboration_id'], ['collaboration.id'], name=op.f('fk_action_item_collaboration_id_collaboration'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_item'))
    )
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_item_collaboration_id'), ['collaboration_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_item_due_date'), ['due_date'], unique=False)

    op.create_table('booking',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('presentation_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('to_invite', 'invited', 'confirmed', 'declined', 'withdrawn', name='booking_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('status_changed_at', sa.DateTime(), nullable=False),
    sa.Column('invited_at', sa.DateTime(), nullable=True),
    sa.Column('responded_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('(person_id IS NULL) <> (organization_id IS NULL)', name=op.f('ck_booking_person_xor_organization')),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_booking_organization_id_organization'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_booking_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['presentation_id'], ['presentation.id'], name=op.f('fk_booking_presentation_id_presentation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_booking')),
    sa.UniqueConstraint('presentation_id', 'organization_id', name=op.f('uq_booking_presentation_id_organization_id')),
    sa.UniqueConstraint('presentation_id', 'person_id', name=op.f('uq_booking_presentation_id_person_id'))
    )
    with op.batch_alter_table('booking', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_booking_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_booking_person_id'), ['person_id'], unique=False)

    op.create_table('contact_log_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('collaboration_id', sa.Integer(), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.Enum('call', 'email', 'meeting', 'other', name='contact_channel', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['collaboration_id'], ['collaboration.id'], name=op.f('fk_contact_log_entry_collaboration_id_collaboration'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_log_entry'))
    )
    with op.batch_alter_table('contact_log_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_log_entry_collaboration_id'), ['collaboration_id'], unique=False)

    op.create_table('booking_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('booking_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('to_invite', 'invited', 'confirmed', 'declined', 'withdrawn', name='booking_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['booking_id'], ['booking.id'], name=op.f('fk_booking_event_booking_id_booking'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_booking_event'))
    )
    with op.batch_alter_table('booking_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_booking_event_booking_id'), ['booking_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('booking_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_booking_event_booking_id'))

    op.drop_table('booking_event')
    with op.batch_alter_table('contact_log_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_log_entry_collaboration_id'))

    op.drop_table('contact_log_entry')
    with op.batch_alter_table('booking', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_booking_person_id'))
        batch_op.drop_index(batch_op.f('ix_booking_organization_id'))

    op.drop_table('booking')
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_item_due_date'))
        batch_op.drop_index(batch_op.f('ix_action_item_collaboration_id'))

    op.drop_table('action_item')
    with op.batch_alter_table('survey_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_result_webinar_id'))

    op.drop_table('survey_result')
    with op.batch_alter_table('sector_count', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sector_count_webinar_id'))

    op.drop_table('sector_count')
    op.drop_table('presentation')
    with op.batch_alter_table('collaboration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_collaboration_webinar_id'))
        batch_op.drop_index(batch_op.f('ix_collaboration_series_id'))
        batch_op.drop_index(batch_op.f('ix_collaboration_organization_id'))
        batch_op.drop_index(batch_op.f('ix_collaboration_contact_person_id'))

    op.drop_table('collaboration')
    with op.batch_alter_table('attendance_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_record_sector_id'))
        batch_op.drop_index('ix_attendance_record_person_key')

    op.drop_table('attendance_record')
    with op.batch_alter_table('webinar', schema=None) as batch_op:
        batch_op.drop_index('ix_webinar_starts_at')

    op.drop_table('webinar')
    op.drop_table('personal_data_purge')
    with op.batch_alter_table('availability', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_availability_person_id'))

    op.drop_table('availability')
    op.drop_table('agenda_release')
    with op.batch_alter_table('series', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_series_host_organization_id'))

    op.drop_table('series')
    op.drop_table('sector_rule')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_organization_id'))
        batch_op.drop_index('ix_person_family_given')

    op.drop_table('person')
    op.drop_table('sector')
    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organization_parent_id'))

    op.drop_table('organization')
    op.drop_table('column_mapping')

