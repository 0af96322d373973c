// The "Visit agenda" sheet (issue #19): per salesperson, the visits due in the next weeks, overdue first.
import { defineMessages } from './registry';

export const agendaMessages = defineMessages({
  es: {
    'sheet.visitAgenda': 'Cartera - Agenda de visitas',
    'heading.visitAgenda': 'Agenda de visitas por vendedor',
    'table.visitAgenda': 'Visitas hasta el {until}, por vendedor; las atrasadas primero (en rojo)',
    'visits.agendaAbout':
      'Una fila por visita a hacer desde la fecha de análisis hasta {weeks} semanas después. Atrasada = la próxima visita debía hacerse antes del {asOf}. Para imprimir la agenda de un vendedor, filtre la columna Vendedor.',
    'visits.agendaEmpty': 'No hay visitas previstas en las próximas {weeks} semanas.',
    'col.dueDate': 'Fecha prevista',
    'col.daysOverdue': 'Días de retraso',
    'col.visitState': 'Situación',
    'col.contact': 'Contacto',
    'col.email': 'Email',
    'col.phone': 'Teléfono',
    'col.address': 'Dirección',
    'visits.state.overdue': 'Atrasada',
    'visits.state.today': 'Para hoy',
    'visits.state.upcoming': 'Próxima',
  },
  pt: {
    'sheet.visitAgenda': 'Cartera - Agenda de visitas',
    'heading.visitAgenda': 'Agenda de visitas por vendedor',
    'table.visitAgenda': 'Visitas até {until}, por vendedor; as atrasadas primeiro (em vermelho)',
    'visits.agendaAbout':
      'Uma linha por visita a fazer da data de análise até {weeks} semanas depois. Atrasada = a próxima visita devia ter sido feita antes de {asOf}. Para imprimir a agenda de um vendedor, filtre a coluna Vendedor.',
    'visits.agendaEmpty': 'Não há visitas previstas nas próximas {weeks} semanas.',
    'col.dueDate': 'Data prevista',
    'col.daysOverdue': 'Dias de atraso',
    'col.visitState': 'Situação da visita',
    'col.contact': 'Contato',
    'col.email': 'Email',
    'col.phone': 'Telefone',
    'col.address': 'Endereço',
    'visits.state.overdue': 'Atrasada',
    'visits.state.today': 'Para hoje',
    'visits.state.upcoming': 'Próxima',
  },
  en: {
    'sheet.visitAgenda': 'Cartera - Visit agenda',
    'heading.visitAgenda': 'Visit agenda by salesperson',
    'table.visitAgenda': 'Visits up to {until}, by salesperson; overdue first (in red)',
    'visits.agendaAbout':
      'One row per visit due from the analysis date to {weeks} weeks later. Overdue = the next visit was due before {asOf}. To print one salesperson\'s agenda, filter the Salesperson column.',
    'visits.agendaEmpty': 'No visits due in the next {weeks} weeks.',
    'col.dueDate': 'Due date',
    'col.daysOverdue': 'Days overdue',
    'col.visitState': 'Visit status',
    'col.contact': 'Contact',
    'col.email': 'Email',
    'col.phone': 'Phone',
    'col.address': 'Address',
    'visits.state.overdue': 'Overdue',
    'visits.state.today': 'Due today',
    'visits.state.upcoming': 'Upcoming',
  },
  'pt-PT': {
    'col.contact': 'Contacto',
  },
});
