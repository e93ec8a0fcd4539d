import { mountPage } from '@/components/mount';
import { SidePanel } from './SidePanel';

mountPage(<SidePanel />);
